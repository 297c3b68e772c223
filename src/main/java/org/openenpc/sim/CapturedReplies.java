package org.openenpc.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.openenpc.protocol.Hex;

/**
 * Replies captured from real printers, embedded as hex because main code cannot read the test
 * resources. Each constant is a byte-for-byte copy of one file in {@code src/test/resources/vectors/}
 * (and {@code shared/enpc/vectors/}); {@code CapturedRepliesTest} keeps them identical. The
 * simulator starts every reply from these templates and changes only the fields PROTOCOL.md §3
 * documents (model name, MAC, addresses, ASB bytes), so unknown bytes stay as the devices sent them.
 * Immutable; any thread.
 */
public final class CapturedReplies {

    /** {@code reply-q03-0000-basic-tm-t88v.hex}: Q 03-0000 basic information of a TM-T88V, 147 bytes. */
    public static final String BASIC_INFO_TM_T88V = "45 50 53 4f 4e 71 03 00 00 00 00 00 00 85 00 05"
            + " 20 02 64 54 4d 2d 54 38 38 56" + " 00".repeat(121);

    /** {@code reply-q03-0010-status-tm-t88v.hex}: Q 03-0010 status of an idle TM-T88V behind a UB-E03, 27 bytes. */
    public static final String STATUS_TM_T88V = "45 50 53 4f 4e 71 03 00 00 10 00 00 00 0d 0e 14"
            + " 00 00 0f ff ff ff ff ff ff ff ff";

    /** {@code reply-q03-0017-holder-tm-t88v.hex}: Q 03-0017 holder (0.0.0.0, nobody) of a TM-T88V, 18 bytes. */
    public static final String HOLDER_TM_T88V = "45 50 53 4f 4e 71 03 00 00 17 00 00 00 04 00 00 00 00";

    /** {@code reply-q03-0131-unsupported-tm-t88v.hex}: unsupported function, result FFFF, no data, 14 bytes. */
    public static final String UNSUPPORTED_TM_T88V = "45 50 53 4f 4e 71 03 00 01 31 ff ff 00 00";

    /**
     * {@code reply-q00-0000-nic-tm-m30.hex}: Q 00-0000 NIC information of a TM-m30, 68 bytes (its
     * publisher replaced the MAC by aa:bb:cc:dd:ee:ff).
     */
    public static final String NIC_INFO_TM_M30 = "45 50 53 4f 4e 71 00 00 00 00 00 00 00 36 55 42"
            + " 2d 45 45 41 45 30 38 33 45 4e 53 4e 00 00 00 00"
            + " 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01"
            + " ff ff 15 00 02 00 aa bb cc dd ee ff 00 00 00 01"
            + " 00 00 00 01";

    /** {@code reply-q00-0010-netinfo-tm-m30.hex}: Q 00-0010 network configuration of a TM-m30, 37 bytes. */
    public static final String NETWORK_CONFIG_TM_M30 = "45 50 53 4f 4e 71 00 00 00 10 00 00 00 17 01 02"
            + " 00 00 00 00 00 00 04 c0 a8 01 09 ff ff ff 00 c0"
            + " a8 01 01 80 7c";

    /**
     * Resource holding {@code st2-status-et-2850.hex}, the "@BDC ST2" SNMP value of an ET-2850 in the
     * waste-ink error state (PROTOCOL.md §4). Kept as the file itself (a copy of the vector, which
     * {@code CapturedRepliesTest} keeps identical) rather than inline hex: 139 bytes with a comment.
     */
    static final String ST2_ET_2850_RESOURCE = "st2-status-et-2850.hex";

    private static final byte[] ST2_ET_2850 = load(ST2_ET_2850_RESOURCE);

    private CapturedReplies() {
    }

    /** A fresh copy of the captured ET-2850 ST2 value. */
    public static byte[] st2Et2850() {
        return ST2_ET_2850.clone();
    }

    private static byte[] load(String resource) {
        try (InputStream in = CapturedReplies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the build");
            }
            return Hex.parse(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of a template's bytes, for the caller to patch. */
    static byte[] bytes(String hex) {
        return Hex.parse(hex);
    }
}
