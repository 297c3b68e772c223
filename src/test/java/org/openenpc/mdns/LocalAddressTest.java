package org.openenpc.mdns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** The refusals every JmDNS instance of ours passes first (no JmDNS is created here: pure checks). */
class LocalAddressTest {

    @Test
    void theWildcardIsRefusedWithItsReason() throws Exception {
        assertThatThrownBy(() -> LocalAddress.require(InetAddress.getByName("0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wildcard")
                .hasMessageContaining("advertise");
    }

    @Test
    void ipv6MulticastBroadcastAndNullAreRefused() throws Exception {
        assertThatThrownBy(() -> LocalAddress.require(InetAddress.getByName("::1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IPv4");
        assertThatThrownBy(() -> LocalAddress.require(InetAddress.getByName("224.0.0.251")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalAddress.require(InetAddress.getByName("255.255.255.255")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalAddress.require(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConcreteAddressPassesAndNamesItsHost() throws Exception {
        assertThat(LocalAddress.require(InetAddress.getByName("127.0.1.5")).getHostAddress()).isEqualTo("127.0.1.5");
        assertThat(LocalAddress.hostName("sim", LocalAddress.require(InetAddress.getByName("127.0.1.5"))))
                .isEqualTo("sim-127-0-1-5");
    }
}
