package org.openenpc.protocol;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a decoded reply's fields by name for display (CLI {@code status}, the detail pane), so a
 * new reply record shows up everywhere without new formatting code. Pure; any thread.
 */
public final class ReplyFields {
    private ReplyFields() {
    }

    /** One decoded field. */
    public record Field(String name, String value) {
    }

    /** The reply's own fields, without the header and the unknown bytes. */
    public static List<Field> of(EnpcReply reply) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : reply.getClass().getRecordComponents()) {
            String name = c.getName();
            if (name.equals("header") || name.equals("unknown")) {
                continue;
            }
            try {
                Object v = c.getAccessor().invoke(reply);
                out.add(new Field(name, v instanceof Asb a ? asb(a) : String.valueOf(v)));
            } catch (ReflectiveOperationException e) {
                out.add(new Field(name, "?"));
            }
        }
        return out;
    }

    private static String asb(Asb a) {
        List<String> flags = new ArrayList<>();
        flags.add(a.offline() ? "offline" : "online");
        flags.add(a.coverOpen() ? "cover open" : "cover closed");
        if (a.paperEnd()) {
            flags.add("paper end");
        } else if (a.paperNearEnd()) {
            flags.add("paper near end");
        } else {
            flags.add("paper present");
        }
        if (a.autocutterError()) {
            flags.add("autocutter error");
        }
        if (a.recoverableError()) {
            flags.add("recoverable error");
        }
        if (a.unrecoverableError()) {
            flags.add("unrecoverable error");
        }
        if (a.paperFeeding()) {
            flags.add("paper feeding");
        }
        if (a.drawerPin3()) {
            flags.add("drawer pin 3 high");
        }
        return a.hex() + " (" + String.join(", ", flags) + ")";
    }
}
