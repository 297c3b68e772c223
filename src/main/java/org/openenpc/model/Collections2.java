package org.openenpc.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Immutable sorted collections for the model's records (the JDK has no sorted {@code copyOf}).
 * Collections made here are handed on without a copy when a record is built from them again: a
 * scan rebuilds a device's snapshot for every reply, and copying its trees each time was most of
 * the garbage a 10,000-printer scan made.
 */
final class Collections2 {
    private static final SortedSet<String> EMPTY_SET = new FrozenSet(new TreeSet<>());

    private Collections2() {
    }

    static SortedSet<String> sortedCopy(Collection<String> in) {
        return in instanceof FrozenSet f ? f : frozen(new TreeSet<>(in));
    }

    static <V> SortedMap<String, V> sortedCopy(Map<String, V> in) {
        return in instanceof FrozenMap<?> ? (SortedMap<String, V>) in : frozen(new TreeMap<>(in));
    }

    /** Freezes a tree the caller gives up: nobody may change {@code owned} afterwards. */
    static SortedSet<String> frozen(TreeSet<String> owned) {
        return new FrozenSet(owned);
    }

    /** Freezes a tree the caller gives up: nobody may change {@code owned} afterwards. */
    static <V> SortedMap<String, V> frozen(TreeMap<String, V> owned) {
        return new FrozenMap<>(owned);
    }

    static SortedSet<String> emptySortedSet() {
        return EMPTY_SET;
    }

    static <V> SortedMap<String, V> emptySortedMap() {
        return new FrozenMap<>(new TreeMap<>());
    }

    /** A read-only sorted set over a tree only it holds; equality and hash as any set. */
    private static final class FrozenSet extends AbstractSet<String> implements SortedSet<String> {
        private final SortedSet<String> view;

        FrozenSet(TreeSet<String> owned) {
            this.view = Collections.unmodifiableSortedSet(owned);
        }

        @Override public Iterator<String> iterator() { return view.iterator(); }
        @Override public int size() { return view.size(); }
        @Override public boolean contains(Object o) { return view.contains(o); }
        @Override public Comparator<? super String> comparator() { return view.comparator(); }
        @Override public SortedSet<String> subSet(String from, String to) { return view.subSet(from, to); }
        @Override public SortedSet<String> headSet(String to) { return view.headSet(to); }
        @Override public SortedSet<String> tailSet(String from) { return view.tailSet(from); }
        @Override public String first() { return view.first(); }
        @Override public String last() { return view.last(); }
    }

    /** A read-only sorted map over a tree only it holds; equality and hash as any map. */
    @SuppressWarnings("unchecked")
    private static final class FrozenMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
        private final SortedMap<String, V> view;

        FrozenMap(TreeMap<String, V> owned) {
            this.view = Collections.unmodifiableSortedMap(owned);
        }

        @Override public Set<Entry<String, V>> entrySet() { return view.entrySet(); }
        @Override public Set<String> keySet() { return view.keySet(); }
        @Override public Collection<V> values() { return view.values(); }
        @Override public V get(Object key) { return view.get(key); }
        @Override public boolean containsKey(Object key) { return view.containsKey(key); }
        @Override public int size() { return view.size(); }
        @Override public Comparator<? super String> comparator() { return view.comparator(); }
        @Override public SortedMap<String, V> subMap(String from, String to) { return view.subMap(from, to); }
        @Override public SortedMap<String, V> headMap(String to) { return view.headMap(to); }
        @Override public SortedMap<String, V> tailMap(String from) { return view.tailMap(from); }
        @Override public String firstKey() { return view.firstKey(); }
        @Override public String lastKey() { return view.lastKey(); }
    }
}
