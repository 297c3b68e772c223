package org.openenpc.ui.main;

import java.util.ArrayList;
import java.util.List;

import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.monitor.MonitorEvent;
import org.openenpc.monitor.Problem;
import org.openenpc.ui.Messages;

/**
 * The notification sentences for the problems of a {@link MonitorEvent.Changed}: "ET-2850 Series
 * (127.0.1.5): Paper jam", "… Black Ink is at 9 %", "… Cyan Ink is empty". Device text is escaped like
 * every other output. Stateless; any thread.
 */
final class ProblemText {

    private ProblemText() {
    }

    static List<String> sentences(MonitorEvent.Changed c) {
        Printer p = c.printer();
        String who = p.model().isEmpty() ? p.ip() : SafeText.escape(p.model());
        List<String> out = new ArrayList<>();
        for (Problem problem : c.problems()) {
            out.add(switch (problem.kind()) {
                case ERROR -> Messages.format("main.monitor.error", who, p.ip(), SafeText.escape(problem.condition().text()));
                case SUPPLY_LOW -> Messages.format("main.monitor.low", who, p.ip(), SafeText.escape(problem.supply().name()),
                        String.valueOf(problem.supply().percent()));
                case SUPPLY_EMPTY -> Messages.format("main.monitor.empty", who, p.ip(), SafeText.escape(problem.supply().name()));
            });
        }
        return out;
    }
}
