package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DeviceRegistryTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private static final MacAddress MAC = MacAddress.parse("00:26:ab:01:02:03");
    private static final MacAddress OTHER_MAC = MacAddress.parse("00:26:ab:09:09:09");

    private final DeviceRegistry registry = new DeviceRegistry();

    private static Observation obs(String ip, int second) {
        return Observation.of(ip, T0.plusSeconds(second), "ENPC broadcast", "Q 03-0000");
    }

    @Test
    void firstObservationAddsADeviceKeyedByIp() {
        RegistryChange c = registry.upsert(obs("127.0.1.5", 0).withModel("TM-T88V"));

        assertThat(c.added()).isTrue();
        assertThat(c.isNews()).isTrue();
        assertThat(c.absorbed()).isNull();
        assertThat(c.printer().key()).isEqualTo("ip:127.0.1.5");
        assertThat(c.printer().mac()).isNull();
        assertThat(c.printer().macText()).isEmpty();
        assertThat(c.printer().model()).isEqualTo("TM-T88V");
        assertThat(c.printer().sources()).containsExactly("ENPC broadcast");
        assertThat(c.printer().answered()).containsExactly("Q 03-0000");
        assertThat(c.printer().firstSeen()).isEqualTo(T0);
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.deviceAt("127.0.1.5")).isEqualTo(c.printer());
    }

    @Test
    void macFromTheSameIpReKeysWithoutASecondDevice() {
        registry.upsert(obs("127.0.1.5", 0).withModel("TM-T88V"));
        RegistryChange c = registry.upsert(obs("127.0.1.5", 1).withMac(MAC));

        assertThat(c.added()).isFalse();
        assertThat(c.changed()).contains(PrinterField.MAC).doesNotContain(PrinterField.IP);
        assertThat(c.printer().key()).isEqualTo("mac:00:26:ab:01:02:03");
        assertThat(c.printer().model()).isEqualTo("TM-T88V");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.snapshot()).containsExactly(c.printer());
    }

    @Test
    void macFromANewIpUpdatesTheIp() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V"));
        RegistryChange c = registry.upsert(obs("127.0.1.9", 5).withMac(MAC));

        assertThat(c.added()).isFalse();
        assertThat(c.changed()).contains(PrinterField.IP);
        assertThat(c.isNews()).isTrue();
        assertThat(c.printer().ip()).isEqualTo("127.0.1.9");
        assertThat(c.printer().model()).isEqualTo("TM-T88V");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.deviceAt("127.0.1.9")).isEqualTo(c.printer());
    }

    @Test
    void aMovedDeviceIsNoLongerReportedAtItsOldIp() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V"));
        registry.upsert(obs("127.0.1.9", 5).withMac(MAC));

        assertThat(registry.deviceAt("127.0.1.5")).isNull();

        // A MAC-less reply from the old address is a different device now, not the moved one.
        RegistryChange c = registry.upsert(obs("127.0.1.5", 6).withModel("TM-T20III"));
        assertThat(c.added()).isTrue();
        assertThat(registry.size()).isEqualTo(2);
        assertThat(registry.deviceAt("127.0.1.9").model()).isEqualTo("TM-T88V");
        assertThat(registry.deviceAt("127.0.1.9").ip()).isEqualTo("127.0.1.9");
    }

    @Test
    void duplicateObservationsAreNoNews() {
        Observation o = obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V").withCardName("UB-E03")
                .withStatus(new PrinterStatus(true, true, false, false, false, false, false, false, false, false,
                        "14 00 00 0f"))
                .withRaw(new RawReply("Q 03-0000", new byte[] {1, 2}, T0));
        registry.upsert(o);

        RegistryChange same = registry.upsert(o);
        assertThat(same.isNews()).isFalse();
        assertThat(same.changed()).isEmpty();

        RegistryChange later = registry.upsert(o.withRaw(new RawReply("Q 03-0000", new byte[] {1, 2}, T0.plusSeconds(9))));
        assertThat(registry.upsert(new Observation(o.ip(), T0.plusSeconds(10), o.source(), o.request(), o.mac(),
                o.model(), o.cardName(), o.nicName(), o.ipSettings(), o.status(), o.holder(), o.raw(), o.snmp()))
                .changed()).containsOnly(PrinterField.LAST_SEEN);
        assertThat(later.isNews()).isFalse();
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void anOlderObservationMovesFirstSeenBackButNotLastSeen() {
        registry.upsert(obs("127.0.1.5", 10));
        RegistryChange c = registry.upsert(obs("127.0.1.5", 3));
        assertThat(c.printer().firstSeen()).isEqualTo(T0.plusSeconds(3));
        assertThat(c.printer().lastSeen()).isEqualTo(T0.plusSeconds(10));
        assertThat(c.changed()).isEmpty();
    }

    @Test
    void emptyTextNeverErasesKnownText() {
        registry.upsert(obs("127.0.1.5", 0).withModel("TM-T88V").withCardName("UB-E03").withNicName("UB-EE"));
        RegistryChange c = registry.upsert(obs("127.0.1.5", 1).withModel("").withCardName("").withNicName(""));

        assertThat(c.printer().model()).isEqualTo("TM-T88V");
        assertThat(c.printer().cardName()).isEqualTo("UB-E03");
        assertThat(c.printer().nicName()).isEqualTo("UB-EE");
        assertThat(c.changed()).doesNotContain(PrinterField.MODEL, PrinterField.CARD_NAME, PrinterField.NIC_NAME);
    }

    @Test
    void newTextReplacesOldAndIsNews() {
        registry.upsert(obs("127.0.1.5", 0).withModel("TM-T88V"));
        RegistryChange c = registry.upsert(obs("127.0.1.5", 1).withModel("TM-T88VI"));
        assertThat(c.printer().model()).isEqualTo("TM-T88VI");
        assertThat(c.changed()).contains(PrinterField.MODEL);
        assertThat(c.isNews()).isTrue();
    }

    @Test
    void newSourcesAndRequestsAccumulate() {
        registry.upsert(obs("127.0.1.5", 0));
        RegistryChange c = registry.upsert(Observation.of("127.0.1.5", T0, "ENPC unicast", "Q 03-0010"));
        assertThat(c.printer().sources()).containsExactly("ENPC broadcast", "ENPC unicast");
        assertThat(c.printer().answered()).containsExactly("Q 03-0000", "Q 03-0010");
        assertThat(c.changed()).containsExactlyInAnyOrder(PrinterField.SOURCES, PrinterField.ANSWERED);
    }

    @Test
    void snapshotIsOrderedNumericallyByIp() {
        for (String ip : List.of("127.0.1.10", "127.0.1.2", "203.0.113.200", "127.0.1.1", "192.0.2.3", "127.0.0.99")) {
            registry.upsert(obs(ip, 0));
        }
        assertThat(registry.snapshot()).extracting(Printer::ip).containsExactly(
                "127.0.0.99", "127.0.1.1", "127.0.1.2", "127.0.1.10", "192.0.2.3", "203.0.113.200");
    }

    @Test
    void aMacLessEntryRevealedToBeAKnownDeviceIsAbsorbed() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V"));
        // The device moves to .9; a reply without a MAC arrives first and creates an IP-keyed entry.
        registry.upsert(Observation.of("127.0.1.9", T0.plusSeconds(5), "ENPC unicast", "Q 03-0001")
                .withCardName("UB-E03"));
        assertThat(registry.size()).isEqualTo(2);

        RegistryChange c = registry.upsert(obs("127.0.1.9", 6).withMac(MAC));

        assertThat(c.absorbed()).isNotNull();
        assertThat(c.absorbed().key()).isEqualTo("ip:127.0.1.9");
        assertThat(c.added()).isFalse();
        assertThat(c.isNews()).isTrue();
        assertThat(c.changed()).contains(PrinterField.IP, PrinterField.CARD_NAME);
        assertThat(registry.size()).isEqualTo(1);
        Printer p = registry.snapshot().get(0);
        assertThat(p.ip()).isEqualTo("127.0.1.9");
        assertThat(p.mac()).isEqualTo(MAC);
        assertThat(p.model()).isEqualTo("TM-T88V");
        assertThat(p.cardName()).isEqualTo("UB-E03");
        assertThat(p.sources()).containsExactly("ENPC broadcast", "ENPC unicast");
        assertThat(p.answered()).containsExactly("Q 03-0000", "Q 03-0001");
        assertThat(p.firstSeen()).isEqualTo(T0);
        assertThat(registry.deviceAt("127.0.1.9")).isEqualTo(p);
        assertThat(registry.deviceAt("127.0.1.5")).isNull();
    }

    @Test
    void aDifferentMacAtAKnownIpIsANewDevice() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC));
        RegistryChange c = registry.upsert(obs("127.0.1.5", 1).withMac(OTHER_MAC));
        assertThat(c.added()).isTrue();
        assertThat(registry.deviceAt("127.0.1.5").mac()).isEqualTo(OTHER_MAC);
    }

    @Test
    void clearForgetsEverything() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC));
        registry.clear();
        assertThat(registry.size()).isZero();
        assertThat(registry.deviceAt("127.0.1.5")).isNull();
        assertThat(registry.upsert(obs("127.0.1.5", 1)).added()).isTrue();
    }

    @Test
    void concurrentUpsertsEndWithOneDevicePerIp() throws Exception {
        int threads = 4;
        int perThread = 10_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int seed = t;
                results.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int host = (i * 7 + seed * 13) % 100;
                        Observation o = obs("127.0.2." + host, i % 60);
                        // Half the replies carry the MAC, so IP-keyed entries get re-keyed mid-race.
                        registry.upsert(i % 2 == 0 ? o : o.withMac(new MacAddress(0x0026AB000000L + host)));
                    }
                    return perThread;
                }));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(perThread);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.size()).isEqualTo(100);
        assertThat(registry.snapshot()).hasSize(100).allSatisfy(p -> assertThat(p.mac()).isNotNull());
    }

    @Test
    void anotherMacFromTheSameAddressIsAConflictNotADevice() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V"));
        RegistryChange c = registry.conflict("127.0.1.5", OTHER_MAC);

        assertThat(c.changed()).containsExactly(PrinterField.MAC_CONFLICT);
        assertThat(c.printer().mac()).isEqualTo(MAC);
        assertThat(c.printer().otherMacs()).containsExactly(OTHER_MAC);
        assertThat(registry.conflict("127.0.1.5", OTHER_MAC)).isNull(); // already known: no news
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void conflictsStopAtTheLimitSoAFloodIsNoNews() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC));
        for (int i = 1; i <= 1000; i++) {
            registry.conflict("127.0.1.5", new MacAddress(0x0000_1000_0000L + i));
        }
        assertThat(registry.deviceAt("127.0.1.5").otherMacs()).hasSize(Printer.MAX_OTHER_MACS);
        assertThat(registry.conflict("127.0.1.5", new MacAddress(0x0000_2000_0000L))).isNull();
    }

    @Test
    void correctingAMacKeepsTheOldOneAsAConflict() {
        registry.upsert(obs("127.0.1.5", 0).withMac(OTHER_MAC).withModel("TM-T88V"));
        RegistryChange c = registry.correctMac("127.0.1.5", MAC);

        assertThat(c.printer().mac()).isEqualTo(MAC);
        assertThat(c.printer().otherMacs()).containsExactly(OTHER_MAC);
        assertThat(c.printer().model()).isEqualTo("TM-T88V");
        assertThat(c.changed()).contains(PrinterField.MAC, PrinterField.MAC_CONFLICT);
    }

    @Test
    void oneMacAnsweringFromTwoAddressesInOneScanIsTwoDevicesBothFlagged() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V"), ip -> true);
        RegistryChange c = registry.upsert(obs("127.0.1.9", 1).withMac(MAC).withModel("TM-m30"), ip -> true);

        assertThat(c.added()).isTrue();
        assertThat(c.printer().duplicateMac()).isTrue();
        assertThat(c.flagged()).extracting(Printer::ip).containsExactly("127.0.1.5");
        assertThat(registry.deviceAt("127.0.1.5").duplicateMac()).isTrue();
        assertThat(registry.deviceAt("127.0.1.5").model()).isEqualTo("TM-T88V");
        assertThat(registry.size()).isEqualTo(2);
        assertThat(c.printer().key()).isEqualTo("ip:127.0.1.9");
    }

    @Test
    void allZeroAndMulticastMacsNeverMoveOrMergeDevices() {
        MacAddress zero = new MacAddress(0);
        MacAddress group = MacAddress.parse("01:00:5e:00:00:fb");
        registry.upsert(obs("127.0.1.5", 0).withMac(zero));
        registry.upsert(obs("127.0.1.6", 0).withMac(group));
        registry.upsert(obs("127.0.1.7", 1).withMac(zero));
        registry.upsert(obs("127.0.1.8", 1).withMac(group));

        assertThat(registry.size()).isEqualTo(4);
        assertThat(registry.snapshot()).allMatch(Printer::duplicateMac);
        assertThat(zero.isDeviceAddress()).isFalse();
        assertThat(group.isDeviceAddress()).isFalse();
        assertThat(new MacAddress(0xFFFF_FFFF_FFFFL).isDeviceAddress()).isFalse();
        assertThat(MAC.isDeviceAddress()).isTrue();
    }

    @Test
    void aDeviceReplacedAtItsAddressDropsTheOldEntry() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("TM-T88V"));
        RegistryChange c = registry.upsert(obs("127.0.1.5", 9).withMac(OTHER_MAC).withModel("TM-m30"));

        assertThat(c.added()).isTrue();
        assertThat(c.absorbed().mac()).isEqualTo(MAC);
        assertThat(registry.snapshot()).extracting(Printer::mac).containsExactly(OTHER_MAC);
    }

    @Test
    void aFloodOfRequestLabelsIsBounded() {
        for (int i = 0; i < 500; i++) {
            registry.upsert(Observation.of("127.0.1.5", T0, null, "Q 03-" + i)
                    .withRaw(new RawReply("Q 03-" + i, new byte[] {(byte) i}, T0)));
        }
        Printer p = registry.deviceAt("127.0.1.5");
        assertThat(p.replies()).hasSize(DeviceRegistry.MAX_REQUESTS);
        assertThat(p.answered()).hasSize(DeviceRegistry.MAX_REQUESTS);
    }

    private static final String UUID = "4a3f9c1e-0000-3000-8000-0026ab010203";

    private static Observation ippAt(String ip, int second, String uuid) {
        IppView v = PrinterSourcesTest.ipp(uuid, List.of(), List.of());
        return Observation.of(ip, T0.plusSeconds(second), "IPP", "Get-Printer-Attributes").withIpp(v);
    }

    @Test
    void aMacLessPrinterWhoseUuidTurnsUpAtAnotherAddressHasMovedAndTheOldEntryIsReportedMerged() {
        registry.upsert(ippAt("127.0.1.5", 0, UUID));
        RegistryChange c = registry.upsert(ippAt("127.0.1.9", 5, UUID), ip -> false);
        assertThat(c.added()).isFalse();
        assertThat(c.changed()).contains(PrinterField.IP);
        assertThat(c.absorbed()).isNotNull().extracting(Printer::ip).isEqualTo("127.0.1.5");
        assertThat(registry.size()).isEqualTo(1);
        assertThat(registry.deviceAt("127.0.1.5")).isNull();
        Printer moved = registry.deviceAt("127.0.1.9");
        assertThat(moved.firstSeen()).isEqualTo(T0); // its history moved with it
        assertThat(moved.uuid()).isEqualTo(UUID);

        // The DNS-SD TXT record's UUID moves it as well.
        c = registry.upsert(Observation.of("127.0.1.12", T0.plusSeconds(9), "mDNS", "")
                .withMdns(PrinterSourcesTest.ad("_ipp._tcp", "EPSON ET-2850", UUID)), ip -> false);
        assertThat(c.absorbed()).extracting(Printer::ip).isEqualTo("127.0.1.9");
        assertThat(registry.snapshot()).extracting(Printer::ip).containsExactly("127.0.1.12");
    }

    @Test
    void oneUuidAnsweringFromTwoAddressesInOneScanIsTwoEntriesAndOtherUuidsNeverMerge() {
        registry.upsert(ippAt("127.0.1.5", 0, UUID), ip -> true);
        RegistryChange c = registry.upsert(ippAt("127.0.1.9", 1, UUID), ip -> true);
        assertThat(c.added()).isTrue();
        assertThat(c.absorbed()).isNull();
        assertThat(registry.size()).isEqualTo(2);
        assertThat(registry.upsert(ippAt("127.0.1.20", 2, "another-uuid"), ip -> false).added()).isTrue();
        assertThat(registry.upsert(ippAt("127.0.1.21", 2, ""), ip -> false).added()).isTrue();
        assertThat(registry.size()).isEqualTo(4);
    }

    @Test
    void aPrinterWithAMacIsMovedByItsMacNeverByAUuidSomeoneElseAnnounces() {
        registry.upsert(obs("127.0.1.5", 0).withMac(MAC).withModel("EPSON ET-2850"));
        registry.upsert(ippAt("127.0.1.5", 1, UUID));
        // Another address claims that printer's UUID while the printer is silent: a new entry, the printer stays.
        RegistryChange c = registry.upsert(ippAt("127.0.1.66", 2, UUID), ip -> false);
        assertThat(c.added()).isTrue();
        assertThat(c.absorbed()).isNull();
        assertThat(registry.deviceAt("127.0.1.5").mac()).isEqualTo(MAC);
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void aForgottenOrReplacedEntryNoLongerAttractsItsUuid() {
        registry.upsert(ippAt("127.0.1.5", 0, UUID));
        // Another device (with a MAC) takes the address: the MAC-less entry there is replaced.
        registry.upsert(obs("127.0.1.5", 1).withMac(MAC).withModel("TM-T88V"));
        registry.clear();
        registry.upsert(ippAt("127.0.1.7", 2, UUID));
        assertThat(registry.upsert(ippAt("127.0.1.8", 3, "other"), ip -> false).added()).isTrue();
        assertThat(registry.upsert(ippAt("127.0.1.9", 4, UUID), ip -> false).absorbed()).extracting(Printer::ip)
                .isEqualTo("127.0.1.7");
    }
}
