package org.openenpc.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openenpc.discovery.Scanner;
import org.openenpc.discovery.ScanScope;
import org.openenpc.ipp.IppSettings;
import org.openenpc.ipp.IppTrust;
import org.openenpc.ipp.TlsPrinter;
import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.MdnsService;
import org.openenpc.model.Observation;
import org.openenpc.model.Printer;
import org.openenpc.monitor.PrinterMonitor;

/**
 * A printer known only from its {@code _ipps._tcp} announcement, with a self-signed certificate, through the real
 * monitor, scan loop, IPP client and batcher into the view model: refused with its fingerprint (kept per address for
 * the detail pane), read once that fingerprint is accepted, and then no longer listed as untrusted.
 */
class UntrustedCertificateTest {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-timer");
        t.setDaemon(true);
        return t;
    });

    @Test
    void aRefusedCertificateIsOfferedAndOnceAcceptedThePrinterIsRead(@TempDir Path dir) throws Exception {
        try (TlsPrinter printer = TlsPrinter.start(dir)) {
            DeviceRegistry registry = new DeviceRegistry();
            Instant now = Instant.now();
            registry.upsert(Observation.of("127.0.0.1", now, "mDNS", "")
                    .withMdns(new MdnsService("EPSON ET-4850 Series", "_ipps._tcp", "EPSON1A2B3C.local.", "127.0.0.1",
                            printer.port(), Map.of("rp", "ipp/print"), Map.of(), "127.0.0.1", now)));
            PrinterMonitor monitor = new PrinterMonitor(new Scanner(List::of), registry, Clock.systemUTC(), 15);
            MainViewModel vm = new MainViewModel(monitor, Runnable::run,
                    () -> ScanScope.builder().addRange("127.0.0.1").build(), Duration.ZERO, TIMER);
            Printer known = registry.deviceAt("127.0.0.1");
            IppSettings ipp = IppSettings.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));

            assertThat(vm.refresh(known, 9, null, ipp)).isTrue(); // ENPC to the discard port: only IPP answers
            await().atMost(Duration.ofSeconds(15)).until(() -> !vm.isBusy());
            assertThat(vm.untrustedCertificates()).containsExactly(Map.entry("127.0.0.1", printer.fingerprint()));
            assertThat(printer.requests()).isZero(); // refused at the handshake: nothing was sent
            assertThat(registry.deviceAt("127.0.0.1").ipp()).isNull();

            // Another pin does not open the door; the printer's own does.
            assertThat(vm.refresh(known, 9, null, ipp.withTrust(IppTrust.system().accepting("00".repeat(32))))).isTrue();
            await().atMost(Duration.ofSeconds(15)).until(() -> !vm.isBusy());
            assertThat(vm.untrustedCertificates()).containsKey("127.0.0.1");

            assertThat(vm.refresh(known, 9, null, ipp.withTrust(IppTrust.system().accepting(printer.fingerprint()))))
                    .isTrue();
            await().atMost(Duration.ofSeconds(15)).until(() -> !vm.isBusy());
            assertThat(registry.deviceAt("127.0.0.1").ipp()).isNotNull();
            assertThat(registry.deviceAt("127.0.0.1").ipp().uri()).startsWith("ipps://127.0.0.1:" + printer.port());
            assertThat(printer.requests()).isEqualTo(1);
            assertThat(vm.untrustedCertificates()).isEmpty();
            assertThat(vm.table().row("127.0.0.1").printer().ipp()).isNotNull();
            vm.close();
        }
    }
}
