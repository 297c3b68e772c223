package org.openenpc.model;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Immutable sorted copies for the model's records (the JDK has no sorted {@code copyOf}). */
final class Collections2 {
    private Collections2() {
    }

    static SortedSet<String> sortedCopy(java.util.Collection<String> in) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(in));
    }

    static <V> SortedMap<String, V> sortedCopy(java.util.Map<String, V> in) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(in));
    }

    static SortedSet<String> emptySortedSet() {
        return Collections.emptySortedSet();
    }

    static <V> SortedMap<String, V> emptySortedMap() {
        return Collections.emptySortedMap();
    }
}
