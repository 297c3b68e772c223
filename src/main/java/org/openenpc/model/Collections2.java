package org.openenpc.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Immutable sorted collections for the model's records (the JDK has no sorted {@code copyOf}), kept
 * small because a 10,000-printer scan holds three per printer and rebuilds one for most replies:
 * <ul>
 * <li>they are sorted arrays (a tree costs a 40-byte entry per element plus three wrappers);</li>
 * <li>one made here is handed on without a copy when a record is built from it again;</li>
 * <li>equal sets of strings are one {@link Shared} instance: nearly every printer answered the same
 *     requests and was found the same way, so a few sets stand for all of them.</li>
 * </ul>
 * All of it was measured as the garbage collector's copying work while the desktop table fills
 * (BENCHMARKS.md (d)). Any thread.
 */
final class Collections2 {
    private static final FrozenSet EMPTY_SET = new FrozenSet(new String[0]);
    private static final FrozenMap<?> EMPTY_MAP = new FrozenMap<>(new String[0], new Object[0]);

    private Collections2() {
    }

    static SortedSet<String> sortedCopy(Collection<String> in) {
        if (in instanceof FrozenSet f) {
            return f;
        }
        return Shared.of(new FrozenSet(new TreeSet<>(in).toArray(new String[0])));
    }

    @SuppressWarnings("unchecked")
    static <V> SortedMap<String, V> sortedCopy(Map<String, V> in) {
        if (in instanceof FrozenMap<?> f) {
            return (SortedMap<String, V>) f;
        }
        TreeMap<String, V> tree = new TreeMap<>(in);
        return new FrozenMap<>(tree.keySet().toArray(new String[0]), tree.values().toArray());
    }

    /** {@code set} with {@code item} added (the same set when it holds it already). */
    static SortedSet<String> with(SortedSet<String> set, String item) {
        FrozenSet f = (FrozenSet) sortedCopy(set);
        int at = Arrays.binarySearch(f.items, item);
        if (at >= 0) {
            return f;
        }
        return Shared.of(new FrozenSet(inserted(f.items, -at - 1, item)));
    }

    /** {@code map} with {@code key} mapped to {@code value} (replacing what it held). */
    @SuppressWarnings("unchecked")
    static <V> SortedMap<String, V> with(SortedMap<String, V> map, String key, V value) {
        FrozenMap<V> f = (FrozenMap<V>) sortedCopy(map);
        int at = Arrays.binarySearch(f.keys, key);
        if (at >= 0) {
            Object[] values = f.values.clone();
            values[at] = value;
            return new FrozenMap<>(f.keys, values);
        }
        return new FrozenMap<>(inserted(f.keys, -at - 1, key), inserted(f.values, -at - 1, value));
    }

    static SortedSet<String> emptySortedSet() {
        return EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    static <V> SortedMap<String, V> emptySortedMap() {
        return (SortedMap<String, V>) EMPTY_MAP;
    }

    /** The first or last of sorted strings; NoSuchElementException when there are none. */
    private static String end(String[] sorted, boolean first) {
        if (sorted.length == 0) {
            throw new NoSuchElementException();
        }
        return sorted[first ? 0 : sorted.length - 1];
    }

    private static <T> T[] inserted(T[] a, int at, T item) {
        T[] out = Arrays.copyOf(a, a.length + 1);
        System.arraycopy(a, at, out, at + 1, a.length - at);
        out[at] = item;
        return out;
    }

    /** A read-only sorted set of strings over a sorted array of distinct strings only it holds. */
    private static final class FrozenSet extends AbstractSet<String> implements SortedSet<String> {
        private final String[] items;
        private int hash;

        FrozenSet(String[] sortedDistinct) {
            this.items = sortedDistinct;
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.asList(items).iterator(); // its remove() throws
        }

        @Override
        public int size() {
            return items.length;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && Arrays.binarySearch(items, s) >= 0;
        }

        @Override
        public Comparator<? super String> comparator() {
            return null; // natural order
        }

        @Override
        public String first() {
            return end(items, true);
        }

        @Override
        public String last() {
            return end(items, false);
        }

        @Override
        public SortedSet<String> subSet(String from, String to) {
            return tree().subSet(from, to);
        }

        @Override
        public SortedSet<String> headSet(String to) {
            return tree().headSet(to);
        }

        @Override
        public SortedSet<String> tailSet(String from) {
            return tree().tailSet(from);
        }

        private SortedSet<String> tree() { // ranges are rare: a read-only copy serves them
            return Collections.unmodifiableSortedSet(new TreeSet<>(this));
        }

        @Override
        public Object[] toArray() {
            return items.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FrozenSet f ? Arrays.equals(items, f.items) : super.equals(o);
        }

        @Override
        public int hashCode() {
            int h = hash;
            if (h == 0) {
                h = super.hashCode();
                hash = h;
            }
            return h;
        }
    }

    /** A read-only sorted map with string keys over sorted arrays only it holds (keys distinct). */
    private static final class FrozenMap<V> extends AbstractMap<String, V> implements SortedMap<String, V> {
        private final String[] keys;
        private final Object[] values;

        FrozenMap(String[] sortedDistinctKeys, Object[] values) {
            this.keys = sortedDistinctKeys;
            this.values = values;
        }

        @Override
        public Set<Entry<String, V>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, V>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < keys.length;
                        }

                        @Override
                        public Entry<String, V> next() {
                            if (next >= keys.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(keys[i], value(i));
                        }
                    };
                }

                @Override
                public int size() {
                    return keys.length;
                }
            };
        }

        @SuppressWarnings("unchecked")
        private V value(int i) {
            return (V) values[i];
        }

        @Override
        public Set<String> keySet() {
            return new FrozenSet(keys);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Collection<V> values() {
            return (List<V>) Collections.unmodifiableList(Arrays.asList(values));
        }

        @Override
        public V get(Object key) {
            int i = key instanceof String s ? Arrays.binarySearch(keys, s) : -1;
            return i >= 0 ? value(i) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && Arrays.binarySearch(keys, s) >= 0;
        }

        @Override
        public int size() {
            return keys.length;
        }

        @Override
        public Comparator<? super String> comparator() {
            return null; // natural order
        }

        @Override
        public String firstKey() {
            return end(keys, true);
        }

        @Override
        public String lastKey() {
            return end(keys, false);
        }

        @Override
        public SortedMap<String, V> subMap(String from, String to) {
            return tree().subMap(from, to);
        }

        @Override
        public SortedMap<String, V> headMap(String to) {
            return tree().headMap(to);
        }

        @Override
        public SortedMap<String, V> tailMap(String from) {
            return tree().tailMap(from);
        }

        private SortedMap<String, V> tree() { // ranges are rare: a read-only copy serves them
            return Collections.unmodifiableSortedMap(new TreeMap<>(this));
        }
    }
}
