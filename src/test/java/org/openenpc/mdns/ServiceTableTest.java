package org.openenpc.mdns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.model.MdnsService;

class ServiceTableTest {

    private static MdnsService s(String name, int port, Instant at) {
        return new MdnsService(name, "_ipp._tcp", "h.local.", "127.0.1.5", port, Map.of("ty", "x"), Map.of(),
                "127.0.0.1", at);
    }

    @Test
    void sameContentLaterIsUnchangedOtherContentIsUpdated() {
        ServiceTable t = new ServiceTable(10);
        assertThat(t.upsert(s("A", 631, Instant.EPOCH))).isEqualTo(ServiceTable.Change.ADDED);
        assertThat(t.upsert(s("A", 631, Instant.EPOCH.plusSeconds(5)))).isEqualTo(ServiceTable.Change.UNCHANGED);
        assertThat(t.upsert(s("a", 632, Instant.EPOCH))).as("names compare without case")
                .isEqualTo(ServiceTable.Change.UPDATED);
        assertThat(t.snapshot()).hasSize(1);
    }

    @Test
    void beyondCapacityNewServicesAreCountedNotKept() {
        ServiceTable t = new ServiceTable(2);
        t.upsert(s("A", 1, Instant.EPOCH));
        t.upsert(s("B", 1, Instant.EPOCH));
        assertThat(t.full()).isTrue();
        assertThat(t.upsert(s("C", 1, Instant.EPOCH))).isEqualTo(ServiceTable.Change.DROPPED);
        assertThat(t.upsert(s("A", 2, Instant.EPOCH))).as("a known one still updates")
                .isEqualTo(ServiceTable.Change.UPDATED);
        assertThat(t.dropped()).isEqualTo(1);
        assertThat(t.remove("127.0.0.1", "_ipp._tcp", "b")).isNotNull();
        assertThat(t.remove("127.0.0.1", "_ipp._tcp", "C")).isNull();
        assertThat(t.full()).isFalse();
    }
}
