package org.openenpc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.openenpc.inventory.Inventory;
import org.openenpc.metrics.AgentCounters;
import org.openenpc.metrics.FleetCollector;
import org.openenpc.metrics.InventoryUserFields;
import org.openenpc.metrics.ListenAddress;
import org.openenpc.metrics.MetricsServer;
import org.openenpc.metrics.MetricsSetupException;
import org.openenpc.metrics.UserFieldsSource;
import org.openenpc.metrics.WebConfig;
import org.openenpc.monitor.PrinterMonitor;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import picocli.CommandLine.Option;

/**
 * {@code --metrics-listen} and {@code --metrics-web-config}: watch as a Prometheus agent. Only wires the
 * {@code metrics} package's parts to the monitor; every check happens before the first scan, and every
 * problem is one sentence with exit code 2.
 */
final class MetricsOptions {

    @Option(names = "--metrics-listen", arity = "0..1", paramLabel = "ADDR:PORT", fallbackValue = ListenAddress.DEFAULT,
            description = {"Serve Prometheus metrics of the watched printers at http://ADDR:PORT/metrics while "
                + "watching (default: off; the option alone: ${FALLBACK-VALUE}, reachable from this machine only).",
                "\":PORT\" listens on every address; give --metrics-web-config then, or the metrics are plain HTTP "
                + "for anyone. The endpoint is read-only (GET and HEAD)."})
    String listen;

    @Option(names = "--metrics-web-config", paramLabel = "FILE",
            description = {"TLS and passwords for --metrics-listen: a Prometheus exporter web config (YAML, as "
                + "node_exporter's --web.config.file): tls_server_config with cert_file and key_file (PEM, the key "
                + "PKCS#8), basic_auth_users with user: bcrypt hash. Relative paths are relative to FILE."})
    Path webConfig;

    /** A running endpoint; its user fields come from the inventory once that is open. */
    static final class Endpoint implements AutoCloseable {
        private final MetricsServer server;
        private final AtomicReference<UserFieldsSource> users;
        private final PrinterMonitor monitor;

        private Endpoint(MetricsServer server, AtomicReference<UserFieldsSource> users, PrinterMonitor monitor) {
            this.server = server;
            this.users = users;
            this.monitor = monitor;
        }

        /** Names and locations from {@code inventory} (null: none) on {@code openenpc_printer_info}. */
        void useInventory(Inventory inventory) {
            if (inventory != null) {
                InventoryUserFields fields = new InventoryUserFields(inventory);
                monitor.onRound(fields);
                users.set(fields);
            }
        }

        String url() {
            return server.url();
        }

        @Override
        public void close() {
            server.close();
        }
    }

    /**
     * Starts the endpoint for {@code monitor}'s printers, or returns null when {@code --metrics-listen} is not
     * given. Warns once on {@code err} when it is reachable from other machines without protection.
     */
    Endpoint start(PrinterMonitor monitor, boolean snmpAsked, PrintWriter err) {
        if (listen == null) {
            if (webConfig != null) {
                throw UserFacingException.badArgument("--metrics-web-config needs --metrics-listen.");
            }
            return null;
        }
        try {
            ListenAddress where = ListenAddress.parse(listen);
            WebConfig config = webConfig == null ? null : WebConfig.read(webConfig);
            PrometheusRegistry registry = new PrometheusRegistry();
            AtomicReference<UserFieldsSource> users = new AtomicReference<>(UserFieldsSource.NONE);
            Supplier<List<PrinterMonitor.Known>> fleet = monitor::known;
            registry.register(new FleetCollector(fleet, snmpAsked, p -> users.get().of(p),
                    FleetCollector.DEFAULT_MAX_PRINTERS));
            AgentCounters counters = new AgentCounters(registry, version());
            MetricsServer server = MetricsServer.start(where, config, registry);
            monitor.onRound(counters);
            warn(where, config, err);
            return new Endpoint(server, users, monitor);
        } catch (MetricsSetupException e) {
            throw UserFacingException.badArgument(e.getMessage());
        }
    }

    /** One warning sentence when the endpoint is reachable from other machines without TLS and passwords. */
    static void warn(ListenAddress where, WebConfig config, PrintWriter err) {
        if (where.loopback()) {
            return;
        }
        if (config == null || (!config.tls() && !config.basicAuth())) {
            err.println("openenpc: warning: the metrics on " + where.text(where.port()) + " are plain HTTP without "
                    + "authentication, readable by anyone who can reach this machine (--metrics-web-config adds TLS "
                    + "and passwords).");
        } else if (!config.tls()) {
            err.println("openenpc: warning: the metrics on " + where.text(where.port()) + " ask for passwords over "
                    + "plain HTTP, so they cross the network readable (add tls_server_config to the web config).");
        }
    }

    private static String version() {
        String v = MetricsOptions.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
