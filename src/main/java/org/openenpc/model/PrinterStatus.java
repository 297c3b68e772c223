package org.openenpc.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A printer's reported state, decoded from the four ESC/POS Automatic Status Back bytes of an
 * ENPC Q 03-0010 reply (PROTOCOL.md §4). {@link #UNKNOWN} stands for "never reported" so
 * callers need no null checks. Immutable; used from any thread.
 *
 * @param reported           false only for {@link #UNKNOWN}
 * @param online             ASB byte 1 bit 3 clear
 * @param coverOpen          ASB byte 1 bit 5
 * @param paperFeeding       ASB byte 1 bit 6 (FEED button held)
 * @param drawerPin3         ASB byte 1 bit 2 (drawer kick-out connector pin 3)
 * @param autocutterError    ASB byte 2 bit 3
 * @param unrecoverableError ASB byte 2 bit 5
 * @param recoverableError   ASB byte 2 bit 6
 * @param paperNearEnd       ASB byte 3 bits 0–1
 * @param paperEnd           ASB byte 3 bits 2–3
 * @param raw                the ASB bytes in hex ("14 00 00 0f"), byte 4 undecoded
 */
public record PrinterStatus(boolean reported, boolean online, boolean coverOpen, boolean paperFeeding,
                            boolean drawerPin3, boolean autocutterError, boolean unrecoverableError,
                            boolean recoverableError, boolean paperNearEnd, boolean paperEnd, String raw) {

    public static final PrinterStatus UNKNOWN =
            new PrinterStatus(false, false, false, false, false, false, false, false, false, false, "");

    /** The state's severity, worst first, for colouring and sorting. */
    public enum Level { ERROR, WARNING, OK, UNKNOWN }

    public Level level() {
        if (!reported) {
            return Level.UNKNOWN;
        }
        if (!online || coverOpen || paperEnd || autocutterError || unrecoverableError || recoverableError) {
            return Level.ERROR;
        }
        return paperNearEnd ? Level.WARNING : Level.OK;
    }

    /** Short plain-language summary, e.g. "Offline, cover open, paper end" or "Ready". */
    public String summary() {
        if (!reported) {
            return "Not reported";
        }
        List<String> parts = new ArrayList<>();
        if (!online) {
            parts.add("Offline");
        }
        if (coverOpen) {
            parts.add("cover open");
        }
        if (paperEnd) {
            parts.add("paper end");
        } else if (paperNearEnd) {
            parts.add("paper near end");
        }
        if (autocutterError) {
            parts.add("autocutter error");
        }
        if (unrecoverableError) {
            parts.add("unrecoverable error");
        }
        if (recoverableError) {
            parts.add("recoverable error");
        }
        if (parts.isEmpty()) {
            return "Ready";
        }
        String s = String.join(", ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
