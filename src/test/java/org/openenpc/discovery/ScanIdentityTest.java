package org.openenpc.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.openenpc.discovery.ScanIdentity.Verdict;
import org.openenpc.model.MacAddress;

class ScanIdentityTest {

    private static final MacAddress REAL = MacAddress.parse("64:eb:8c:01:02:03");
    private static final MacAddress FAKE = MacAddress.parse("00:11:22:33:44:55");
    private final ScanIdentity identity = new ScanIdentity();

    @Test
    void theFirstMacIsTheAddresssAndAnotherIsAConflict() {
        assertThat(identity.classify(1, REAL)).isEqualTo(Verdict.OWN);
        assertThat(identity.classify(1, REAL)).isEqualTo(Verdict.OWN);
        assertThat(identity.classify(1, FAKE)).isEqualTo(Verdict.CONFLICT);
        assertThat(identity.classify(1, FAKE)).isEqualTo(Verdict.CONFLICT); // REAL was confirmed first
        assertThat(identity.classify(2, FAKE)).isEqualTo(Verdict.OWN);
    }

    @Test
    void aMacSeenTwiceTakesOverFromOneSeenOnce() {
        assertThat(identity.classify(1, FAKE)).isEqualTo(Verdict.OWN);
        assertThat(identity.classify(1, REAL)).isEqualTo(Verdict.CONFLICT);
        assertThat(identity.classify(1, REAL)).isEqualTo(Verdict.CORRECTED);
        assertThat(identity.classify(1, REAL)).isEqualTo(Verdict.OWN);
        assertThat(identity.classify(1, FAKE)).isEqualTo(Verdict.CONFLICT);
    }

    @Test
    void thePrintersMacWinsInsideAFloodOfRandomOnes() {
        SplittableRandom r = new SplittableRandom(7);
        boolean real = false;
        Verdict last = null;
        for (int i = 0; i < 100_000; i++) {
            MacAddress m = i % 300 == 150 ? REAL : new MacAddress(r.nextLong() & 0xFEFF_FFFF_FFFFL);
            Verdict v = identity.classify(1, m);
            if (m == REAL) {
                real = real || v == Verdict.CORRECTED || v == Verdict.OWN;
                last = v;
            }
        }
        assertThat(real).isTrue();
        assertThat(last).isEqualTo(Verdict.OWN);
    }
}
