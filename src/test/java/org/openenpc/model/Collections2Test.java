package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class Collections2Test {

    @Test
    void setsBehaveAsTheTreeSetWithTheSameStrings() {
        Random r = new Random(7);
        for (int n = 0; n < 500; n++) {
            TreeSet<String> tree = new TreeSet<>();
            SortedSet<String> frozen = Collections2.emptySortedSet();
            for (int i = r.nextInt(12); i > 0; i--) {
                String s = "Q " + r.nextInt(20);
                tree.add(s);
                frozen = Collections2.with(frozen, s);
            }
            assertThat(frozen).isEqualTo(tree).hasSameHashCodeAs(tree).containsExactlyElementsOf(tree);
            assertThat(tree).isEqualTo(frozen);
            assertThat(Collections2.sortedCopy(new ArrayList<>(tree))).isEqualTo(frozen);
            String probe = "Q " + r.nextInt(20);
            assertThat(frozen.contains(probe)).isEqualTo(tree.contains(probe));
            if (!tree.isEmpty()) {
                assertThat(frozen.first()).isEqualTo(tree.first());
                assertThat(frozen.last()).isEqualTo(tree.last());
                assertThat(frozen.headSet(probe)).isEqualTo(tree.headSet(probe));
                assertThat(frozen.tailSet(probe)).isEqualTo(tree.tailSet(probe));
            }
        }
    }

    @Test
    void equalSetsAreOneInstanceAndAddingWhatIsThereKeepsTheSet() {
        Shared.forget();
        SortedSet<String> a = Collections2.with(Collections2.with(Collections2.emptySortedSet(), "x-b"), "x-a");
        SortedSet<String> b = Collections2.sortedCopy(List.of("x-a", "x-b", "x-a"));
        assertThat(b).isSameAs(a).containsExactly("x-a", "x-b");
        assertThat(Collections2.with(a, "x-b")).isSameAs(a);
        assertThat(Collections2.sortedCopy(a)).isSameAs(a);
    }

    @Test
    void mapsBehaveAsTheTreeMapWithTheSameEntries() {
        Random r = new Random(11);
        for (int n = 0; n < 500; n++) {
            TreeMap<String, Integer> tree = new TreeMap<>();
            SortedMap<String, Integer> frozen = Collections2.emptySortedMap();
            for (int i = r.nextInt(12); i > 0; i--) {
                String k = "Q " + r.nextInt(10);
                int v = r.nextInt(1000);
                tree.put(k, v);
                SortedMap<String, Integer> before = frozen;
                Map<String, Integer> copyBefore = new TreeMap<>(before);
                frozen = Collections2.with(frozen, k, v);
                assertThat(before).isEqualTo(copyBefore); // the old map is unchanged
            }
            assertThat(frozen).isEqualTo(tree).hasSameHashCodeAs(tree);
            assertThat(frozen.keySet()).containsExactlyElementsOf(tree.keySet());
            assertThat(frozen.values()).containsExactlyElementsOf(tree.values());
            assertThat(new ArrayList<>(frozen.entrySet())).isEqualTo(new ArrayList<>(tree.entrySet()));
            assertThat(Collections2.sortedCopy(Map.copyOf(tree))).isEqualTo(tree);
            String probe = "Q " + r.nextInt(10);
            assertThat(frozen.get(probe)).isEqualTo(tree.get(probe));
            assertThat(frozen.containsKey(probe)).isEqualTo(tree.containsKey(probe));
            if (!tree.isEmpty()) {
                assertThat(frozen.firstKey()).isEqualTo(tree.firstKey());
                assertThat(frozen.lastKey()).isEqualTo(tree.lastKey());
                assertThat(frozen.headMap(probe)).isEqualTo(tree.headMap(probe));
            }
        }
    }

    @Test
    void nothingCanChangeThem() {
        SortedSet<String> set = Collections2.sortedCopy(List.of("b", "a"));
        SortedMap<String, String> map = Collections2.with(Collections2.emptySortedMap(), "k", "v");
        assertThatThrownBy(() -> set.add("c")).isInstanceOf(UnsupportedOperationException.class);
        Iterator<String> it = set.iterator();
        it.next();
        assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.put("k", "w")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.entrySet().iterator().next().setValue("w"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().remove("k")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Collections2.emptySortedSet().first())
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> Collections2.emptySortedMap().lastKey())
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(map).isEqualTo(Map.of("k", "v"));
        assertThat(set).isEqualTo(Set.of("a", "b"));
    }
}
