package org.openenpc.ui.main;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import javafx.collections.ModifiableObservableListBase;

/**
 * The backing list of the printer table. Unlike a list with an extractor, which fires one change
 * per changed property of every row, it reports a whole batch of in-place row updates as ONE
 * contiguous update range ({@link #updated(Set)}). SortedList re-sorts the entire list for every
 * update sub-change (OpenJFX's SortedList.update), so with an extractor each changed property of
 * each row cost a full sort (10,000 rows: minutes of FX-thread time per scan), and even one
 * change with scattered update ranges costs one sort per range. FX thread only.
 */
final class RowList extends ModifiableObservableListBase<PrinterRow> {

    private final List<PrinterRow> rows = new ArrayList<>();

    /**
     * Reports the rows in {@code changed} as updated in place: one update range from the first to
     * the last of them, so listeners (FilteredList, SortedList) handle it in one step. Rows between
     * them that did not change are reported too, which is harmless: an update only asks listeners
     * to look at the row again.
     */
    void updated(Set<PrinterRow> changed) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (changed.contains(rows.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        beginChange();
        try {
            for (int i = first; i <= last; i++) {
                nextUpdate(i);
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
