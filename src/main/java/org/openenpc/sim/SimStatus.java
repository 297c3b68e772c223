package org.openenpc.sim;

import org.openenpc.protocol.Asb;

/**
 * The state of a simulated TM printer, as the four ESC/POS Automatic Status Back bytes of Q 03-0010
 * report it (PROTOCOL.md §4). Immutable; any thread.
 */
public record SimStatus(boolean offline, boolean coverOpen, boolean paperNearEnd, boolean paperEnd,
                        boolean autocutterError, boolean recoverableError, boolean unrecoverableError) {

    /** Online, cover closed, no error, paper present: ASB {@code 14 00 00 0F}. */
    public static final SimStatus IDLE = new SimStatus(false, false, false, false, false, false, false);

    /**
     * The ASB bytes: byte 1 starts from the idle {@code 0x14} (bits 2 and 4 as captured) and adds
     * bit 3 offline, bit 5 cover open; byte 2 bit 3 autocutter, bit 5 unrecoverable, bit 6
     * recoverable error; byte 3 bits 0–1 paper near end, bits 2–3 paper end; byte 4 keeps the
     * captured {@code 0x0F} (meaning not confirmed).
     */
    public Asb asb() {
        int b1 = Asb.IDLE.byte1() | (offline ? 0x08 : 0) | (coverOpen ? 0x20 : 0);
        int b2 = (autocutterError ? 0x08 : 0) | (unrecoverableError ? 0x20 : 0) | (recoverableError ? 0x40 : 0);
        int b3 = (paperNearEnd ? 0x03 : 0) | (paperEnd ? 0x0C : 0);
        return new Asb(b1, b2, b3, Asb.IDLE.byte4());
    }

    public SimStatus withOffline(boolean v) {
        return new SimStatus(v, coverOpen, paperNearEnd, paperEnd, autocutterError, recoverableError, unrecoverableError);
    }

    public SimStatus withCoverOpen(boolean v) {
        return new SimStatus(offline, v, paperNearEnd, paperEnd, autocutterError, recoverableError, unrecoverableError);
    }

    public SimStatus withPaperNearEnd(boolean v) {
        return new SimStatus(offline, coverOpen, v, paperEnd, autocutterError, recoverableError, unrecoverableError);
    }

    public SimStatus withPaperEnd(boolean v) {
        return new SimStatus(offline, coverOpen, paperNearEnd, v, autocutterError, recoverableError, unrecoverableError);
    }

    public SimStatus withAutocutterError(boolean v) {
        return new SimStatus(offline, coverOpen, paperNearEnd, paperEnd, v, recoverableError, unrecoverableError);
    }

    public SimStatus withRecoverableError(boolean v) {
        return new SimStatus(offline, coverOpen, paperNearEnd, paperEnd, autocutterError, v, unrecoverableError);
    }

    public SimStatus withUnrecoverableError(boolean v) {
        return new SimStatus(offline, coverOpen, paperNearEnd, paperEnd, autocutterError, recoverableError, v);
    }
}
