package org.openenpc.ui.main;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javafx.collections.ModifiableObservableListBase;

/**
 * The backing list of the printer table. Unlike a list with an extractor, which fires one change
 * per changed property of every row, it reports a whole batch of in-place row updates as ONE
 * change ({@link #updated(Set)}): SortedList re-sorts the entire list once per update change, so
 * per-property changes cost a full sort each (10,000 rows: minutes of FX-thread time per scan).
 * FX thread only.
 */
final class RowList extends ModifiableObservableListBase<PrinterRow> {

    private final List<PrinterRow> rows = new ArrayList<>();

    /** Reports every row in {@code changed} as updated in place, in one change (one pass over the list). */
    void updated(Set<PrinterRow> changed) {
        if (changed.isEmpty()) {
            return;
        }
        beginChange();
        try {
            int left = changed.size();
            for (int i = 0; i < rows.size() && left > 0; i++) {
                if (changed.contains(rows.get(i))) {
                    nextUpdate(i);
                    left--;
                }
            }
        } finally {
            endChange();
        }
    }

    /** Appends in one change; ModifiableObservableListBase would copy the collection to an array first anyway. */
    @Override
    public boolean addAll(Collection<? extends PrinterRow> c) {
        if (c.isEmpty()) {
            return false;
        }
        beginChange();
        try {
            int from = rows.size();
            rows.addAll(c);
            nextAdd(from, rows.size());
        } finally {
            endChange();
        }
        return true;
    }

    @Override
    public PrinterRow get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    @Override
    protected void doAdd(int index, PrinterRow element) {
        rows.add(index, element);
    }

    @Override
    protected PrinterRow doSet(int index, PrinterRow element) {
        return rows.set(index, element);
    }

    @Override
    protected PrinterRow doRemove(int index) {
        return rows.remove(index);
    }
}
