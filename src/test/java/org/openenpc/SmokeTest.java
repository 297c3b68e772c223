package org.openenpc;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.api.Test;
import net.jqwik.api.*;

class SmokeTest {
    @Test void runs() { assertThat(1).isEqualTo(1); }
    @Property(tries = 10) void prop(@ForAll int x) { assertThat(x ^ x).isZero(); }
}
