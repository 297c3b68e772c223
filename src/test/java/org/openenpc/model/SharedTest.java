package org.openenpc.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SharedTest {

    @BeforeEach
    @AfterEach
    void forget() {
        Shared.forget();
    }

    @Test
    void equalValuesBecomeOneInstance() {
        String a = new String("TM-T88V");
        String b = new String("TM-T88V");
        assertThat(Shared.of(a)).isSameAs(a);
        assertThat(Shared.of(b)).isSameAs(a);
        PrinterStatus s = new PrinterStatus(true, true, false, false, false, false, false, false, false, false,
                new String("14 00 00 0f"));
        PrinterStatus t = new PrinterStatus(true, true, false, false, false, false, false, false, false, false,
                new String("14 00 00 0f"));
        assertThat(Shared.of(t)).isSameAs(t);
        assertThat(Shared.of(s)).isSameAs(t);
        assertThat(Shared.<String>of(null)).isNull();
    }

    @Test
    void staysBoundedWhateverDevicesSend() {
        for (int i = 0; i < Shared.LIMIT + 100; i++) {
            Shared.of("model " + i);
        }
        assertThat(Shared.count()).isEqualTo(Shared.LIMIT);
        String late = new String("late model");
        assertThat(Shared.of(late)).isSameAs(late).isEqualTo("late model"); // not shared, still correct
        assertThat(Shared.of(new String("late model"))).isNotSameAs(late);
        assertThat(Shared.of(new String("model 7"))).isSameAs(Shared.of("model 7")); // earlier ones still are

        Shared.forget();
        String longText = "x".repeat(Shared.MAX_TEXT + 1);
        assertThat(Shared.of(longText)).isSameAs(longText);
        assertThat(Shared.count()).isZero();
    }
}
