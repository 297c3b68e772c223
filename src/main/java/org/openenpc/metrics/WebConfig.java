package org.openenpc.metrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.openenpc.model.SafeText;

/**
 * The metrics endpoint's web config: the subset of the Prometheus exporter-toolkit's YAML
 * ({@code node_exporter --web.config.file}) that OpenENPC serves, read once at start.
 *
 * <pre>
 * tls_server_config:
 *   cert_file: server.crt     # PEM certificate (chain), relative to this file's folder
 *   key_file: server.key      # PEM PKCS#8 private key ("BEGIN PRIVATE KEY")
 * basic_auth_users:
 *   prometheus: $2y$10$...    # bcrypt hash, e.g. from htpasswd -nBC 10 "" | tr -d ':\n'
 * </pre>
 *
 * Keys it does not serve (client certificates, {@code http_server_config}, cipher settings) are refused with a
 * sentence rather than ignored: a config that asks for more protection than it gets must not start.
 * Immutable.
 *
 * @param certFile the TLS certificate, null without TLS
 * @param keyFile  the TLS key, null without TLS
 * @param users    user name to bcrypt hash; empty without basic auth
 */
public record WebConfig(Path certFile, Path keyFile, Map<String, String> users) {

    /** Modular crypt bcrypt: $2a$, $2b$ or $2y$, a two-digit cost, 22 chars of salt and 31 of hash. */
    static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private static final Set<String> TOP = Set.of("tls_server_config", "basic_auth_users");
    private static final Set<String> TLS = Set.of("cert_file", "key_file");
    private static final long MAX_BYTES = 1 << 20;

    public WebConfig {
        users = Map.copyOf(users);
    }

    public boolean tls() {
        return certFile != null;
    }

    public boolean basicAuth() {
        return !users.isEmpty();
    }

    /** Reads and checks {@code file}; every problem is one sentence naming the file. */
    public static WebConfig read(Path file) throws MetricsSetupException {
        String where = "The metrics web config " + SafeText.escape(file.toString());
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new MetricsSetupException(where + " is larger than 1 MiB; it cannot be a web config.");
            }
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JacksonException e) {
            String line = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new MetricsSetupException(where + " is not valid YAML" + line + ".", e);
        } catch (IOException e) {
            throw new MetricsSetupException(where + " cannot be read (" + reason(e) + ").", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new WebConfig(null, null, Map.of()); // an empty file: node_exporter takes it as no settings
        }
        if (!root.isObject()) {
            throw new MetricsSetupException(where + " must be a YAML mapping with tls_server_config and/or basic_auth_users.");
        }
        unknownKeys(where, root, TOP, "");
        Path dir = file.toAbsolutePath().getParent();
        Path cert = null;
        Path key = null;
        JsonNode tls = root.get("tls_server_config");
        if (tls != null && !tls.isNull()) {
            if (!tls.isObject()) {
                throw new MetricsSetupException(where + ": tls_server_config must be a mapping with cert_file and key_file.");
            }
            unknownKeys(where, tls, TLS, "tls_server_config.");
            cert = path(where, dir, tls, "cert_file");
            key = path(where, dir, tls, "key_file");
        }
        return new WebConfig(cert, key, users(where, root.get("basic_auth_users")));
    }

    private static void unknownKeys(String where, JsonNode node, Set<String> known, String prefix)
            throws MetricsSetupException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new MetricsSetupException(where + ": " + prefix + SafeText.escape(k) + " is not supported (OpenENPC "
                        + "serves tls_server_config.cert_file, tls_server_config.key_file and basic_auth_users).");
            }
        }
    }

    private static Path path(String where, Path dir, JsonNode tls, String field) throws MetricsSetupException {
        JsonNode v = tls.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new MetricsSetupException(where + ": tls_server_config." + field + " is missing; TLS needs cert_file and key_file.");
        }
        Path p = Path.of(v.asText());
        return p.isAbsolute() || dir == null ? p : dir.resolve(p);
    }

    private static Map<String, String> users(String where, JsonNode node) throws MetricsSetupException {
        Map<String, String> users = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return users;
        }
        if (!node.isObject()) {
            throw new MetricsSetupException(where + ": basic_auth_users must be a mapping of user names to bcrypt hashes.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String user = e.getKey();
            String hash = e.getValue().isTextual() ? e.getValue().asText() : "";
            if (user.isEmpty() || user.contains(":")) {
                throw new MetricsSetupException(where + ": the user name \"" + SafeText.escape(user)
                        + "\" cannot be used (basic auth names are not empty and have no colon).");
            }
            var m = BCRYPT.matcher(hash);
            int cost = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (cost < 4 || cost > 31) {
                throw new MetricsSetupException(where + ": the password hash of user \"" + SafeText.escape(user)
                        + "\" is not a bcrypt hash ($2y$, $2b$ or $2a$, cost 04-31, 53 more characters).");
            }
            users.put(user, hash);
        }
        return users;
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : SafeText.escape(m);
    }
}
