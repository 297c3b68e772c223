package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** {@link SnmpSettings}: defaults, limits and their one-sentence messages. */
class SnmpSettingsTest {

    @Test
    void defaults() {
        SnmpSettings s = SnmpSettings.defaults();
        assertThat(s).isEqualTo(new SnmpSettings("public", 161, Duration.ofSeconds(1), 2, SnmpSettings.Version.V2C));
        assertThat(s.tries()).isEqualTo(3);
        assertThat(s.timeoutText()).isEqualTo("1 s");
        assertThat(s.version()).hasToString("v2c");
    }

    @Test
    void limitsAreInclusive() {
        SnmpSettings s = SnmpSettings.defaults();
        assertThat(s.withPort(1).port()).isEqualTo(1);
        assertThat(s.withPort(65535).port()).isEqualTo(65535);
        assertThat(s.withRetries(0).tries()).isEqualTo(1);
        assertThat(s.withRetries(10).tries()).isEqualTo(11);
        assertThat(s.withTimeout(Duration.ofMillis(50)).timeoutText()).isEqualTo("50 ms");
        assertThat(s.withTimeout(Duration.ofSeconds(60)).timeoutText()).isEqualTo("60 s");
        assertThat(s.withTimeout(Duration.ofMillis(1500)).timeoutText()).isEqualTo("1.5 s");
        assertThat(s.withCommunity("x").community()).isEqualTo("x");
    }

    @Test
    void badValuesAreRefusedWithOneSentence() {
        SnmpSettings s = SnmpSettings.defaults();
        assertThatThrownBy(() -> s.withPort(0)).hasMessage("The SNMP port must be between 1 and 65535, not 0.");
        assertThatThrownBy(() -> s.withPort(65536)).hasMessageContaining("not 65536.");
        assertThatThrownBy(() -> s.withRetries(-1)).hasMessage("The SNMP retries must be between 0 and 10, not -1.");
        assertThatThrownBy(() -> s.withRetries(11)).hasMessageContaining("not 11.");
        assertThatThrownBy(() -> s.withTimeout(Duration.ofMillis(49)))
                .hasMessage("The SNMP timeout must be between 50 ms and 60 s, not 49 ms.");
        assertThatThrownBy(() -> s.withTimeout(Duration.ofMillis(60_001))).hasMessageContaining("not 60001 ms.");
        assertThatThrownBy(() -> s.withCommunity("")).hasMessage("The SNMP community must be non-empty printable ASCII.");
        assertThatThrownBy(() -> s.withCommunity("caf\u00e9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> s.withCommunity("a\tb")).isInstanceOf(IllegalArgumentException.class);
    }
}
