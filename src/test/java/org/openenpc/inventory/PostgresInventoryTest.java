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
        java.time.Instant t = TestPrinters.T0;
        Inventory v3 = new JdbcInventory(new Database(Database.Dialect.POSTGRESQL, url, source::getConnection));
        v3.recordScan(TestPrinters.scan(t, true, TestPrinters.withSnmp(TestPrinters.printer("127.0.0.7",
                "00:26:ab:00:00:07", "ET-2850", t), 42, 1200, "")));
        long id = v3.devices().get(0).id();
        v3.updateUserFields(id, org.openenpc.model.UserFields.NONE.withNotes("by the door"));
        v3.close();
        try (Inventory inv = Inventories.open(url)) {
            KnownDevice d = inv.find("00:26:ab:00:00:07").orElseThrow();
            assertThat(d.user().notes()).isEqualTo("by the door");
            assertThat(d.pages()).isEqualTo(1200L);
            assertThat(inv.supplyHistory(d.id(), null)).isNotEmpty();
            assertThat(inv.forget(d.id())).isTrue();
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
