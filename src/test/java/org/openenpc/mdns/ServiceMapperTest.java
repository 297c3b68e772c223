package org.openenpc.mdns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pure parts of the mapping (a ServiceInfo itself is only built by JmDNS, in the namespace tests). */
class ServiceMapperTest {

    @Test
    void typesLoseTheirDomainAndCase() {
        assertThat(ServiceMapper.typeOf("_IPP._tcp.local.")).isEqualTo("_ipp._tcp");
        assertThat(ServiceMapper.typeOf("_pdl-datastream._tcp.local")).isEqualTo("_pdl-datastream._tcp");
        assertThat(ServiceMapper.typeOf(null)).isEmpty();
    }

    @Test
    void namesAreCut() {
        assertThat(ServiceMapper.cut("x".repeat(1000))).hasSize(ServiceMapper.MAX_NAME_CHARS);
        assertThat(ServiceMapper.cut(null)).isEmpty();
        assertThat(ServiceMapper.cut("a\u0001b")).isEqualTo("a\u0001b");
    }
}
