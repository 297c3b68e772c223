package org.openenpc.inventory;

import org.openenpc.model.UserFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openenpc.inventory.TestPrinters.T0;
import static org.openenpc.inventory.TestPrinters.printer;
import static org.openenpc.inventory.TestPrinters.scan;
import static org.openenpc.inventory.TestPrinters.withSnmp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openenpc.model.LevelPoint;
import org.openenpc.model.Printer;
import org.openenpc.model.SupplySeries;

/**
 * What every inventory does, run against each database ({@link SqliteInventoryTest}, {@link PostgresInventoryTest}).
 */
abstract class InventoryContract {

    static final String MAC_A = "00:26:ab:00:00:0a";
    static final String MAC_B = "00:26:ab:00:00:0b";
    static final String MAC_C = "00:26:ab:00:00:0c";

    protected Inventory inventory;

    /** A new, empty inventory. */
    abstract Inventory create() throws Exception;

    /** The same inventory opened again (a restart). */
    abstract Inventory reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        inventory = create();
    }

    @AfterEach
    void close() {
        if (inventory != null) {
            inventory.close();
        }
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void firstScanAddsEveryDeviceAndASecondOneNothing() {
        ScanInfo first = inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "TM-T88V", at(0)),
                printer("127.0.0.3", MAC_B, "ET-2850", at(0))));
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.answered()).isEqualTo(2);
        ScanInfo second = inventory.recordScan(scan(at(5), true, printer("127.0.0.2", MAC_A, "TM-T88V", at(5)),
                printer("127.0.0.3", MAC_B, "ET-2850", at(5))));
        assertThat(second.added()).isZero();
        assertThat(second.id()).isGreaterThan(first.id());
        List<KnownDevice> devices = inventory.devices();
        assertThat(devices).extracting(KnownDevice::address).containsExactly("127.0.0.2", "127.0.0.3");
        assertThat(devices.get(0).firstSeen()).isEqualTo(at(0));
        assertThat(devices.get(0).lastSeen()).isEqualTo(at(5));
        assertThat(devices.get(0).model()).isEqualTo("TM-T88V");
        assertThat(inventory.scans(10)).extracting(ScanInfo::id).containsExactly(second.id(), first.id());
    }

    @Test
    void diffListsNewGoneAndMovedDevices() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0)),
                printer("127.0.0.3", MAC_B, "B", at(0))));
        ScanInfo second = inventory.recordScan(scan(at(5), true, printer("127.0.0.9", MAC_A, "A", at(5)),
                printer("127.0.0.4", MAC_C, "C", at(5))));
        assertThat(second.gone()).isEqualTo(1);
        assertThat(second.moved()).isEqualTo(1);
        InventoryDiff d = inventory.diffSince(null);
        assertThat(d.added()).extracting(KnownDevice::macText).containsExactly(MAC_C);
        assertThat(d.gone()).extracting(KnownDevice::macText).containsExactly(MAC_B);
        assertThat(d.moved()).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo("127.0.0.2");
            assertThat(m.to()).isEqualTo("127.0.0.9");
        });
        assertThat(inventory.find(MAC_B).orElseThrow().present()).isFalse();
        assertThat(inventory.find("127.0.0.9").orElseThrow().macText()).isEqualTo(MAC_A);
    }

    @Test
    void anIncompleteScanMarksNobodyGone() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0)),
                printer("127.0.0.3", MAC_B, "B", at(0))));
        ScanInfo cut = inventory.recordScan(scan(at(5), false, printer("127.0.0.2", MAC_A, "A", at(5))));
        assertThat(cut.gone()).isZero();
        assertThat(inventory.find(MAC_B).orElseThrow().present()).isTrue();
    }

    @Test
    void aScanOfOtherAddressesMarksNobodyGone() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0))));
        ScanRecord elsewhere = new ScanRecord(at(5), at(5), "127.0.1.0/24", "SCAN", true,
                ip -> ip.startsWith("127.0.1."), List.of());
        assertThat(inventory.recordScan(elsewhere).gone()).isZero();
        assertThat(inventory.find(MAC_A).orElseThrow().present()).isTrue();
    }

    @Test
    void aDeviceThatComesBackIsNotNewButPresentAgain() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0))));
        inventory.recordScan(scan(at(5), true));
        ScanInfo back = inventory.recordScan(scan(at(10), true, printer("127.0.0.2", MAC_A, "A", at(10))));
        assertThat(back.added()).isZero();
        DeviceHistory h = inventory.history(inventory.find(MAC_A).orElseThrow().id(), null);
        assertThat(h.presence()).hasSize(2);
        assertThat(h.presence().get(0).goneAt()).isEqualTo(at(5));
        assertThat(h.presence().get(1).goneAt()).isNull();
        InventoryDiff d = inventory.diffSince(null);
        assertThat(d.added()).extracting(KnownDevice::macText).containsExactly(MAC_A);
    }

    @Test
    void anAddressOnlyDeviceGetsItsMacWhenOneArrives() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", null, "", at(0))));
        inventory.recordScan(scan(at(5), true, printer("127.0.0.2", MAC_A, "A", at(5))));
        assertThat(inventory.devices()).singleElement().satisfies(d -> {
            assertThat(d.macText()).isEqualTo(MAC_A);
            assertThat(d.firstSeen()).isEqualTo(at(0));
        });
    }

    static final String UUID_L = "e3248000-80ce-11db-8000-00aa00bb00cc";

    @Test
    void anIppOnlyPrinterIsKeptByItsUuidAcrossAMoveWithItsNotesAndHistory() {
        inventory.recordScan(scan(at(0), true, TestPrinters.ippOnly("127.0.0.20", UUID_L, 80, at(0))));
        KnownDevice d = inventory.find(UUID_L).orElseThrow();
        assertThat(d.mac()).isNull();
        assertThat(d.uuid()).isEqualTo(UUID_L);
        assertThat(d.model()).isEqualTo("Office Laser 4000");
        inventory.updateUserFields(d.id(), org.openenpc.model.UserFields.NONE.withNotes("2nd floor"));
        ScanInfo moved = inventory.recordScan(scan(at(60), true, TestPrinters.ippOnly("127.0.0.21", UUID_L, 70, at(60))));
        assertThat(moved.moved()).isEqualTo(1);
        assertThat(moved.added()).isZero();
        assertThat(inventory.devices()).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo(d.id());
            assertThat(k.address()).isEqualTo("127.0.0.21");
            assertThat(k.user().notes()).isEqualTo("2nd floor");
        });
        assertThat(inventory.find("URN:UUID:" + UUID_L.toUpperCase()).orElseThrow().id()).isEqualTo(d.id());
        assertThat(inventory.history(d.id(), null).supplies()).singleElement()
                .satisfies(s -> assertThat(s.points()).extracting(LevelPoint::percent).containsExactly(80, 70));
        KnownDevices known = new KnownDevices(inventory.devices());
        assertThat(known.find(TestPrinters.ippOnly("127.0.0.99", UUID_L, 70, at(60)))).map(KnownDevice::id)
                .contains(d.id());
        assertThat(known.find(KnownDevices.asPrinter(known.all().get(0)))).map(KnownDevice::id).contains(d.id());
    }

    @Test
    void aDeviceKeptByUuidGetsItsMacWhenAnotherProtocolTellsIt() {
        inventory.recordScan(scan(at(0), true, TestPrinters.ippOnly("127.0.0.20", UUID_L, 80, at(0))));
        long id = inventory.find(UUID_L).orElseThrow().id();
        Printer both = TestPrinters.printer("127.0.0.20", MAC_A, "Office Laser 4000", at(5))
                .withIpp(TestPrinters.ippOnly("127.0.0.20", UUID_L, 80, at(5)).ipp());
        ScanInfo s = inventory.recordScan(scan(at(5), true, both));
        assertThat(s.added()).isZero();
        assertThat(inventory.find(MAC_A).orElseThrow()).satisfies(k -> {
            assertThat(k.id()).isEqualTo(id);
            assertThat(k.uuid()).isEqualTo(UUID_L);
        });
    }

    @Test
    void aSecondDeviceClaimingAKeptUuidDoesNotTakeItOver() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0))
                .withIpp(TestPrinters.ippOnly("127.0.0.2", UUID_L, 80, at(0)).ipp())));
        // another MAC at another address announcing the same UUID: a second device, without that UUID
        inventory.recordScan(scan(at(5), true, printer("127.0.0.2", MAC_A, "A", at(5)),
                printer("127.0.0.66", MAC_B, "forged", at(5)).withIpp(TestPrinters.ippOnly("127.0.0.66", UUID_L, 1,
                        at(5)).ipp())));
        assertThat(inventory.find(UUID_L).orElseThrow().macText()).isEqualTo(MAC_A);
        assertThat(inventory.find(MAC_B).orElseThrow().uuid()).isEmpty();
        // a MAC-less claim from elsewhere while the device answers: the first claim of the scan stands
        ScanInfo third = inventory.recordScan(scan(at(10), true, printer("127.0.0.2", MAC_A, "A", at(10))
                .withIpp(TestPrinters.ippOnly("127.0.0.2", UUID_L, 79, at(10)).ipp()),
                TestPrinters.ippOnly("127.0.0.67", UUID_L, 5, at(10))));
        assertThat(third.moved()).isZero();
        assertThat(inventory.find(MAC_A).orElseThrow().address()).isEqualTo("127.0.0.2");
    }

    @Test
    void aForgedSecondClaimOfOneMacInOneScanDoesNotMoveTheDevice() {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0)),
                printer("127.0.0.66", MAC_A, "forged", at(0))));
        assertThat(inventory.devices()).singleElement().satisfies(d -> assertThat(d.address()).isEqualTo("127.0.0.2"));
    }

    @Test
    void observationsAreStoredOnlyWhenTheyChange() {
        Printer p = printer("127.0.0.2", MAC_A, "ET-2850", at(0));
        inventory.recordScan(scan(at(0), true, withSnmp(p, 80, 100, null)));
        inventory.recordScan(scan(at(5), true, withSnmp(printer("127.0.0.2", MAC_A, "ET-2850", at(5)), 80, 100, null)));
        inventory.recordScan(scan(at(70), true, withSnmp(printer("127.0.0.2", MAC_A, "ET-2850", at(70)), 70, 120,
                "Paper jam")));
        inventory.recordScan(scan(at(75), true, withSnmp(printer("127.0.0.2", MAC_A, "ET-2850", at(75)), 70, 125,
                "Paper jam"))); // a rising count within the hour: not stored
        long id = inventory.find(MAC_A).orElseThrow().id();
        DeviceHistory h = inventory.history(id, null);
        assertThat(h.statuses()).hasSize(2);
        assertThat(h.statuses().get(1).level()).isEqualTo("ERROR");
        assertThat(h.statuses().get(1).text()).contains("Paper jam");
        assertThat(h.pages()).extracting(DeviceHistory.PageCount::pages).containsExactly(100L, 120L);
        SupplySeries black = h.supplies().stream().filter(s -> s.name().equals("Black Ink")).findFirst().orElseThrow();
        assertThat(black.points()).extracting(LevelPoint::percent).containsExactly(80, 70);
        assertThat(black.points()).extracting(LevelPoint::at).containsExactly(at(0), at(70));
        assertThat(inventory.supplyHistory(id, at(1))).filteredOn(s -> s.name().equals("Black Ink"))
                .singleElement().satisfies(s -> assertThat(s.points()).hasSize(1));
        assertThat(inventory.find(MAC_A).orElseThrow().statusLevel()).isEqualTo("ERROR");
        assertThat(inventory.find(MAC_A).orElseThrow().pages()).isEqualTo(125L);
    }

    @Test
    void aRefilledSupplyShowsAsReplacedInTheDiff() {
        inventory.recordScan(scan(at(0), true, withSnmp(printer("127.0.0.2", MAC_A, "ET", at(0)), 5, 1, null)));
        inventory.recordScan(scan(at(5), true, withSnmp(printer("127.0.0.2", MAC_A, "ET", at(5)), 100, 1, null)));
        InventoryDiff d = inventory.diffSince(null);
        assertThat(d.changed()).extracting(InventoryDiff.Change::what).containsExactly(InventoryDiff.What.SUPPLY_REPLACED);
        assertThat(d.changed().get(0).text()).contains("Black Ink");
    }

    @Test
    void userFieldsSurviveAMoveAndAReopen() throws Exception {
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0))));
        long id = inventory.find(MAC_A).orElseThrow().id();
        UserFields f = new UserFields("Front desk", "Floor 2", "IT-0042", "toner in cupboard\nline two", "pos,receipt");
        assertThat(inventory.updateUserFields(id, f)).isTrue();
        inventory.recordScan(scan(at(5), true, printer("127.0.0.7", MAC_A, "A", at(5))));
        inventory.close();
        inventory = reopen();
        KnownDevice d = inventory.find(MAC_A).orElseThrow();
        assertThat(d.address()).isEqualTo("127.0.0.7");
        assertThat(d.user()).isEqualTo(f);
        assertThat(inventory.history(d.id(), null).addresses()).extracting(DeviceHistory.AddressSpan::address)
                .containsExactly("127.0.0.2", "127.0.0.7");
    }

    @Test
    void textIsStoredExactly() {
        // NUL, control and bidi characters, backslashes, and what COPY's text format escapes (tab, newline, CR, the
        // end-of-data line "\\.")
        String hostile = "EPSON\u0000\u001b]0;pwned\u0007\\x41\u202e\uD83D\uDE00 \\\\0\tT\r\n\\.\n\\N";
        inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, hostile, at(0))));
        KnownDevice d = inventory.find(MAC_A).orElseThrow();
        assertThat(d.model()).isEqualTo(hostile);
        assertThat(inventory.updateUserFields(d.id(), UserFields.NONE.withNotes(hostile))).isTrue();
        assertThat(inventory.find(MAC_A).orElseThrow().user().notes()).isEqualTo(hostile);
    }

    @Test
    void supplyNamesAreStoredExactly() {
        String hostile = "Ink\tC\\\u0000\n\\.\r\\N";
        Printer p = printer("127.0.0.2", MAC_A, "A", at(0));
        org.openenpc.model.SnmpView v = new org.openenpc.model.SnmpView("EPSON", "", "", "", "ET-2850", "running",
                "idle", "X8RV0001", 7L, List.of(), List.of(new org.openenpc.model.Supply(hostile, "c\tyan",
                        org.openenpc.model.Supply.Kind.COLORANT, 61, "ok", "ST2")), "", p.lastSeen(), null);
        inventory.recordScan(scan(at(0), true, p.withSnmp(v)));
        List<SupplySeries> series = inventory.supplyHistory(inventory.find(MAC_A).orElseThrow().id(), null);
        assertThat(series).extracting(SupplySeries::name).containsExactly(hostile);
        assertThat(series.get(0).colour()).isEqualTo("c\tyan");
        assertThat(series.get(0).points()).extracting(LevelPoint::percent).containsExactly(61);
    }

    @Test
    void forgetRemovesTheDeviceAndItsHistory() {
        inventory.recordScan(scan(at(0), true, withSnmp(printer("127.0.0.2", MAC_A, "A", at(0)), 50, 1, null),
                printer("127.0.0.3", MAC_B, "B", at(0))));
        long id = inventory.find(MAC_A).orElseThrow().id();
        assertThat(inventory.forget(id)).isTrue();
        assertThat(inventory.forget(id)).isFalse();
        assertThat(inventory.devices()).extracting(KnownDevice::macText).containsExactly(MAC_B);
        assertThat(inventory.supplyHistory(id, null)).isEmpty();
        assertThat(inventory.history(id, null)).isNull();
    }

    @Test
    void pruneDropsOldObservationsAndScans() {
        inventory.recordScan(scan(at(0), true, withSnmp(printer("127.0.0.2", MAC_A, "A", at(0)), 50, 1, null)));
        inventory.recordScan(scan(at(60), true, withSnmp(printer("127.0.0.2", MAC_A, "A", at(60)), 40, 2, null)));
        assertThat(inventory.prune(at(30))).isGreaterThan(0);
        assertThat(inventory.scans(10)).hasSize(1);
        long id = inventory.find(MAC_A).orElseThrow().id();
        assertThat(inventory.supplyHistory(id, null)).filteredOn(s -> s.name().equals("Black Ink")).singleElement()
                .satisfies(s -> assertThat(s.points()).extracting(LevelPoint::percent).containsExactly(40));
        assertThat(inventory.devices()).hasSize(1);
    }

    @Test
    void diffBetweenNamedScansAndOfAnEmptyInventory() {
        assertThat(inventory.diffSince(null).isEmpty()).isTrue();
        ScanInfo one = inventory.recordScan(scan(at(0), true, printer("127.0.0.2", MAC_A, "A", at(0))));
        ScanInfo two = inventory.recordScan(scan(at(5), true, printer("127.0.0.2", MAC_A, "A", at(5)),
                printer("127.0.0.3", MAC_B, "B", at(5))));
        ScanInfo three = inventory.recordScan(scan(at(10), true, printer("127.0.0.3", MAC_B, "B", at(10))));
        InventoryDiff oneToThree = inventory.diff(one.id(), three.id());
        assertThat(oneToThree.added()).extracting(KnownDevice::macText).containsExactly(MAC_B);
        assertThat(oneToThree.gone()).extracting(KnownDevice::macText).containsExactly(MAC_A);
        assertThat(inventory.diff(0, one.id()).added()).hasSize(1);
        assertThat(inventory.diffSince(at(3)).older().id()).isEqualTo(one.id());
        assertThat(inventory.diff(two.id(), two.id()).isEmpty()).isTrue();
    }

    @Test
    void aScanLargerThanOneStatementChunkWritesEveryRow() {
        int n = 2 * RowBatch.chunk(12) + 345; // device rows: two full chunks and a shorter one
        Printer[] first = new Printer[n];
        Printer[] second = new Printer[n];
        for (int i = 0; i < n; i++) {
            first[i] = withSnmp(printer(ip(0, i), mac(i), model(i), at(0)), i % 100, i, i % 7 == 0 ? "Paper jam" : null);
            second[i] = withSnmp(printer(ip(i % 5 == 0 ? 1 : 0, i), mac(i), model(i), at(70)), i % 100 - i % 2, i + 100,
                    i % 7 == 0 ? "Paper jam" : null);
        }
        assertThat(inventory.recordScan(scan(at(0), true, first)).added()).isEqualTo(n);
        ScanInfo moves = inventory.recordScan(scan(at(70), true, second));
        assertThat(moves.moved()).isEqualTo((n + 4) / 5);
        assertThat(moves.added()).isZero();
        ScanInfo last = inventory.recordScan(scan(at(140), true, java.util.Arrays.copyOf(second, 100)));
        assertThat(last.gone()).isEqualTo(n - 100);
        assertThat(inventory.devices()).hasSize(n);
        for (int i = 0; i < n; i++) {
            KnownDevice d = inventory.find(mac(i)).orElseThrow();
            boolean moved = i % 5 == 0;
            boolean there = i < 100;
            assertThat(d.address()).isEqualTo(ip(moved ? 1 : 0, i));
            assertThat(d.model()).isEqualTo(model(i));
            assertThat(d.firstSeen()).isEqualTo(at(0));
            assertThat(d.lastSeen()).isEqualTo(at(70));
            assertThat(d.present()).isEqualTo(there);
            assertThat(d.pages()).isEqualTo(i + 100L);
            assertThat(d.statusLevel()).isEqualTo(i % 7 == 0 ? "ERROR" : "OK");
            DeviceHistory h = inventory.history(d.id(), null);
            assertThat(h.addresses()).extracting(DeviceHistory.AddressSpan::address).containsExactlyElementsOf(
                    moved ? List.of(ip(0, i), ip(1, i)) : List.of(ip(0, i)));
            assertThat(h.addresses()).extracting(DeviceHistory.AddressSpan::lastSeen).containsExactlyElementsOf(
                    moved ? List.of(at(0), at(70)) : List.of(at(70)));
            assertThat(h.presence()).singleElement().satisfies(p -> assertThat(p.goneAt()).isEqualTo(there ? null
                    : at(140)));
            assertThat(h.statuses()).singleElement().satisfies(st -> assertThat(st.at()).isEqualTo(at(0)));
            assertThat(h.pages()).extracting(DeviceHistory.PageCount::pages).containsExactly((long) i, i + 100L);
            SupplySeries black = h.supplies().stream().filter(x -> x.name().equals("Black Ink")).findFirst()
                    .orElseThrow();
            assertThat(black.points()).extracting(LevelPoint::percent).containsExactlyElementsOf(i % 2 == 0
                    ? List.of(i % 100) : List.of(i % 100, i % 100 - 1));
            assertThat(h.supplies()).filteredOn(x -> x.name().equals("Maintenance box")).singleElement()
                    .satisfies(x -> assertThat(x.points()).extracting(LevelPoint::percent).containsExactly(20));
        }
    }

    private static String ip(int net, int i) {
        return "127." + net + "." + i / 256 + "." + i % 256;
    }

    private static String mac(int i) {
        return String.format("00:26:ab:%02x:%02x:%02x", i >> 16 & 0xff, i >> 8 & 0xff, i & 0xff);
    }

    /** Some models with a NUL and backslashes, which PostgreSQL stores escaped. */
    private static String model(int i) {
        return i % 3 == 0 ? "ET\\0\u0000\\" + i : "ET-" + i;
    }
}
