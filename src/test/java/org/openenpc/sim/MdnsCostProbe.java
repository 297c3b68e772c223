package org.openenpc.sim;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.jmdns.JmDNS;

import org.openenpc.mdns.MdnsBrowser;
import org.openenpc.mdns.MdnsListener;
import org.openenpc.netns.PrivateNetwork;

/**
 * Child main (inside PrivateNetwork only) measuring what N advertisers cost: threads, start time, heap, time until
 * a browser has found them all, close times. Prints one "COST" line per figure; args: N [find-timeout-seconds].
 */
public final class MdnsCostProbe {

    public static void main(String[] args) throws Exception {
        PrivateNetwork.requireInside();
        int n = Integer.parseInt(args[0]);
        int findSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Runtime rt = Runtime.getRuntime();
        rawClose();
        int threads0 = Thread.activeCount();
        long heap0 = usedHeap(rt);
        List<MdnsAdvert> adverts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PrinterSpec spec = PrinterSpec.of("127.0." + (2 + i / 250) + "." + (1 + i % 250), PrinterProfile.ET_2850);
            adverts.add(MdnsAdvert.of(new SimulatedPrinter(spec, i, false), 8631));
        }
        long t0 = System.nanoTime();
        MdnsAdvertiser advertiser = MdnsAdvertiser.start(adverts);
        System.out.println("COST n=" + n + " start_ms=" + ms(t0));
        System.out.println("COST n=" + n + " threads=" + (Thread.activeCount() - threads0) + " heap_mb="
                + (usedHeap(rt) - heap0) / (1024 * 1024));
        t0 = System.nanoTime();
        MdnsBrowser browser = MdnsBrowser.open(List.of(InetAddress.getByName("127.0.0.1")), new MdnsListener() { });
        long end = System.nanoTime() + Duration.ofSeconds(findSeconds).toNanos();
        long found = 0;
        while (System.nanoTime() < end && found < n) {
            Thread.sleep(100);
            found = browser.services().stream().filter(s -> s.type().equals("_ipp._tcp")).count();
        }
        System.out.println("COST n=" + n + " found=" + found + " find_ms=" + ms(t0) + " heap_mb_with_browser="
                + (usedHeap(rt) - heap0) / (1024 * 1024) + " cpu_load_threads=" + Thread.activeCount());
        t0 = System.nanoTime();
        advertiser.close();
        System.out.println("COST n=" + n + " advertiser_close_ms=" + ms(t0));
        t0 = System.nanoTime();
        browser.close();
        System.out.println("COST n=" + n + " browser_close_ms=" + ms(t0) + " in_time=" + browser.closedInTime());
        Threads.printLeft(Duration.ofSeconds(15));
    }

    /** One JmDNS instance closed without our bound: how long JmDNS's own close takes. */
    private static void rawClose() throws Exception {
        JmDNS j = JmDNS.create(InetAddress.getByName("127.0.0.1"), "probe");
        Thread.sleep(1500);
        long t0 = System.nanoTime();
        j.close();
        System.out.println("COST raw_jmdns_close_ms=" + ms(t0));
    }

    private static long usedHeap(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long ms(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
