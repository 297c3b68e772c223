package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.Supply;
import org.openenpc.protocol.Vectors;

/**
 * A real dump that is not in shared/: an idle ET-2820 (vectors/extra/st2-status-et-2820-idle.hex,
 * provenance in its header). Its ink levels were read independently of us (black 11 %, yellow 65 %,
 * magenta 63 %, cyan 66 %), so this checks the ink record's layout and colour codes on a healthy
 * printer, which the ET-2850 capture (every level "not reported") cannot.
 */
class St2RealDumpTest {

    private static St2Status idleEt2820() {
        St2Result r = St2Parser.parse(Vectors.load("extra/st2-status-et-2820-idle.hex"));
        assertThat(r).isInstanceOf(St2Result.Ok.class);
        return ((St2Result.Ok) r).status();
    }

    @Test
    void idleWithoutErrorsOrOddities() {
        St2Status s = idleEt2820();
        assertThat(s.statusCode()).isEqualTo(0x04);
        assertThat(s.statusText()).isEqualTo("idle");
        assertThat(s.errorCodes()).isEmpty();
        assertThat(s.warningCodes()).isEmpty();
        assertThat(s.problems()).isEmpty();
        assertThat(s.serial()).isEqualTo("XXXX000000");
    }

    @Test
    void inkLevelsMatchTheIndependentReading() {
        assertThat(idleEt2820().inks())
                .extracting(St2Status.InkLevel::colour, St2Status.InkLevel::percent, St2Status.InkLevel::state)
                .containsExactly(tuple("black", 11, "ok"), tuple("yellow", 65, "ok"),
                        tuple("magenta", 63, "ok"), tuple("cyan", 66, "ok"));
    }

    @Test
    void everyRecordIsKeptRawInOrder() {
        assertThat(idleEt2820().records()).extracting(St2Status.Record::type).containsExactly(
                0x01, 0x06, 0x0A, 0x0F, 0x10, 0x13, 0x19, 0x28, 0x36, 0x37, 0x40, 0x4B, 0x54);
    }

    @Test
    void mapsToAHealthyViewWithFourKnownLevels() {
        St2Status s = idleEt2820();
        List<SnmpCondition> conditions = St2Mapping.conditions(s);
        assertThat(conditions).noneMatch(c -> c.severity() == SnmpCondition.Severity.ERROR);
        List<Supply> inks = St2Mapping.supplies(s).stream().filter(x -> !x.colour().isEmpty()).toList();
        assertThat(inks).extracting(Supply::colour, Supply::percent)
                .containsExactly(tuple("black", 11), tuple("yellow", 65), tuple("magenta", 63), tuple("cyan", 66));
    }
}
