package org.openenpc.discovery;

import java.time.Instant;

import org.openenpc.model.DeviceRegistry;
import org.openenpc.model.Printer;
import org.openenpc.protocol.Asb;
import org.openenpc.protocol.EnpcCodec;
import org.openenpc.protocol.Vectors;

/**
 * Builds {@link Printer} snapshots the way a scan would, from the captured vectors: each datagram is
 * decoded by {@link EnpcCodec}, mapped by {@link ReplyMapper} and merged by a {@link DeviceRegistry}.
 * No network. Test fixture; any thread.
 */
public final class VectorPrinters {

    public static final String BASIC = "reply-q03-0000-basic-tm-t88v.hex";
    public static final String STATUS = "reply-q03-0010-status-tm-t88v.hex";
    public static final String HOLDER = "reply-q03-0017-holder-tm-t88v.hex";
    public static final String NETINFO = "reply-q00-0010-netinfo-tm-m30.hex";
    public static final String NIC = "reply-q00-0000-nic-tm-m30.hex";
    public static final String UNSUPPORTED = "reply-q03-0131-unsupported-tm-t88v.hex";

    private VectorPrinters() {
    }

    /**
     * A TM-T88V at {@code ip} that answered Q 03-0000, 03-0010, 03-0017, 00-0010 and an unsupported
     * query; its status is the captured idle ASB. The MAC and IP settings come from the (other
     * device's) netinfo capture, which is why MAC-less replies are merged first: by IP.
     */
    public static Printer full(String ip, Instant at) {
        return full(ip, at, Asb.IDLE);
    }

    /** As {@link #full(String, Instant)} but the status reply carries {@code asb}. */
    public static Printer full(String ip, Instant at, Asb asb) {
        DeviceRegistry r = new DeviceRegistry();
        observe(r, ip, at, "ENPC broadcast", Vectors.load(BASIC));
        observe(r, ip, at.plusMillis(200), null, statusBytes(asb));
        observe(r, ip, at.plusMillis(300), null, Vectors.load(HOLDER));
        observe(r, ip, at.plusMillis(400), null, Vectors.load(UNSUPPORTED));
        observe(r, ip, at.plusSeconds(5), "ENPC unicast", Vectors.load(NETINFO));
        return r.deviceAt(ip);
    }

    /** A device that answered only the given vectors (e.g. no status reply at all). */
    public static Printer of(String ip, Instant at, String... vectors) {
        DeviceRegistry r = new DeviceRegistry();
        for (int i = 0; i < vectors.length; i++) {
            observe(r, ip, at.plusMillis(100L * i), i == 0 ? "ENPC broadcast" : null, Vectors.load(vectors[i]));
        }
        return r.deviceAt(ip);
    }

    /** The captured TM-T88V status reply with its four ASB bytes (offsets 15–18) replaced. */
    public static byte[] statusBytes(Asb asb) {
        byte[] b = Vectors.load(STATUS);
        System.arraycopy(asb.toBytes(), 0, b, 15, 4);
        return b;
    }

    private static void observe(DeviceRegistry r, String ip, Instant at, String source, byte[] datagram) {
        r.upsert(ReplyMapper.observe(EnpcCodec.decode(datagram), ip, at, source, datagram, datagram.length));
    }
}
