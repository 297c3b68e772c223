package org.openenpc.metrics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.BasicAuthenticator;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * HTTP basic auth against the web config's bcrypt hashes, as the exporter-toolkit does. A bcrypt check costs
 * about 80 ms at cost 10, so, like the toolkit, a pair that passed once is remembered (as a SHA-256 of user and
 * password, never the password), and a scrape every second costs one check in all. At most
 * {@link #MAX_REMEMBERED} pairs are kept (then the memory starts again), so wrong guesses cannot grow it: only
 * right ones enter. The HTTP server's threads call it.
 */
final class BcryptAuthenticator extends BasicAuthenticator {

    static final int MAX_REMEMBERED = 64;

    private final Map<String, String> hashes;
    private final Set<String> passed = ConcurrentHashMap.newKeySet();

    BcryptAuthenticator(Map<String, String> hashes) {
        super("OpenENPC metrics", StandardCharsets.UTF_8);
        this.hashes = Map.copyOf(hashes);
    }

    @Override
    public boolean checkCredentials(String user, String password) {
        String hash = hashes.get(user);
        if (hash == null || password == null) {
            return false;
        }
        String memo = digest(user, password);
        if (passed.contains(memo)) {
            return true;
        }
        boolean ok;
        try {
            ok = BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                    hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (RuntimeException malformedOrTooLong) {
            ok = false;
        }
        if (ok) {
            if (passed.size() >= MAX_REMEMBERED) {
                passed.clear();
            }
            passed.add(memo);
        }
        return ok;
    }

    private static String digest(String user, String password) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(user.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(password.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
