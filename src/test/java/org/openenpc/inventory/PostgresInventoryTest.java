package org.openenpc.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The inventory contract on a real PostgreSQL server ({@link PostgresServer}, loopback only). */
class PostgresInventoryTest extends InventoryContract {

    private String url;

    @Override
    Inventory create() throws Exception {
        url = PostgresServer.requireOrSkip().createDatabase();
        return Inventories.open(url);
    }

    @Override
    Inventory reopen() {
        return Inventories.open(url);
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW listen_addresses")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void deviceRowsHaveRoomForInPlaceUpdates() throws Exception {
        create().close(); // a new database, migrated to the latest version
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT relname, reloptions FROM pg_class WHERE relname IN"
                     + " ('device', 'device_address') ORDER BY relname")) {
            for (String table : new String[] {"device", "device_address"}) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(table);
                assertThat(r.getString(2)).contains("fillfactor=50");
            }
        }
    }
}
