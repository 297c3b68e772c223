package org.openenpc.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openenpc.inventory.TestPrinters.T0;
import static org.openenpc.inventory.TestPrinters.printer;
import static org.openenpc.inventory.TestPrinters.scan;

import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL server going away mid-run: the call in flight fails with an UNREACHABLE sentence, nothing is
 * half-written, and the next call after the server is back reconnects and works. Its own server: it stops it.
 */
class PostgresAwayTest {

    @Test
    void aServerThatGoesAwayIsReportedAndTheNextCallReconnects() throws Exception {
        PostgresServer server = PostgresServer.requireOrSkip();
        String url = server.createDatabase();
        try (Inventory inv = Inventories.open(url)) {
            inv.recordScan(scan(T0, true, printer("127.0.0.2", "00:26:ab:00:00:02", "A", T0)));
            server.stop();
            try {
                assertThatThrownBy(() -> inv.recordScan(scan(T0.plusSeconds(60), true,
                        printer("127.0.0.3", "00:26:ab:00:00:03", "B", T0))))
                        .isInstanceOfSatisfying(InventoryException.class, e -> {
                            assertThat(e.kind()).isEqualTo(InventoryException.Kind.UNREACHABLE);
                            assertThat(e.retryable()).isTrue();
                            assertThat(e.getMessage()).doesNotContain("\n");
                        });
            } finally {
                server.restart();
            }
            inv.recordScan(scan(T0.plusSeconds(120), true, printer("127.0.0.3", "00:26:ab:00:00:03", "B", T0)));
            assertThat(inv.scans(10)).hasSize(2);
            assertThat(inv.devices()).hasSize(2);
        }
    }
}
