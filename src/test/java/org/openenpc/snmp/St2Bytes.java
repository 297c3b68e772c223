package org.openenpc.snmp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds synthetic "@BDC ST2" values for tests (PROTOCOL.md §4 layout); no healthy capture exists. */
final class St2Bytes {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    St2Bytes record(int type, int... data) {
        body.write(type);
        body.write(data.length);
        for (int b : data) {
            body.write(b);
        }
        return this;
    }

    /** Marker, the true little-endian count, then the records. */
    byte[] build() {
        return build(body.size());
    }

    /** Marker, the given count (which may lie), then the records. */
    byte[] build(int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("@BDC ST2\r\n".getBytes(StandardCharsets.US_ASCII));
        out.write(count & 0xFF);
        out.write(count >>> 8 & 0xFF);
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
