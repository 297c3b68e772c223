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

    @Test
    void versionThreeWithHistoryMigratesKeepingItAndDropsTheHistoryForeignKeys() throws Exception {
        url = PostgresServer.requireOrSkip().createDatabase();
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(url);
        Migrations.migrate(source, Database.Dialect.POSTGRESQL, url, 3);
        assertThat(foreignKeys()).isEqualTo(5); // device_address, presence, status_change, supply_level, page_count
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            MigrationTest.fillVersionTwo(s);
            s.execute("SELECT setval(pg_get_serial_sequence('device', 'id'), 7)");
            s.execute("SELECT setval(pg_get_serial_sequence('scan', 'id'), 1)");
        }
        MigrationTest.assertVersionTwoRowsKept(url);
        try (Inventory inv = Inventories.open(url)) {
            assertThat(inv.forget(7)).isTrue();
        }
        assertThat(foreignKeys()).isZero();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(Migrations.installedVersion(c)).isEqualTo(Migrations.LATEST);
            // forget removed every history row itself: nothing cascades any more, and nothing was left behind
            for (String table : new String[] {"device_address", "presence", "status_change", "supply_level",
                    "page_count"}) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    r.next();
                    assertThat(r.getInt(1)).as(table).isZero();
                }
            }
        }
    }

    private int foreignKeys() throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM pg_constraint WHERE contype = 'f'")) {
            r.next();
            return r.getInt(1);
        }
    }
}
