package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The state rules behind every view: draining, ink out, waste pad, what an error blocks. No sockets. */
class SimStateTest {

    private static final SnmpProfile INKJET = SnmpProfile.of(PrinterProfile.INKJET);

    @Test
    void drainingACartridgeToZeroRaisesInkOutAndStopsPrinting() {
        SimState s = SimState.initial(SimStatus.IDLE, INKJET, 0);
        // Every page takes one unit of each ink, so the lowest one (magenta, 3,000 pages) runs out first.
        assertThat(s.levels().subList(0, 4)).containsExactly(3150, 5400, 3000, 6900);
        SimState after = s.print(10_000, INKJET);
        assertThat(after.pages()).isEqualTo(3000);
        assertThat(after.levels().subList(0, 4)).containsExactly(150, 2400, 0, 3900);
        assertThat(after.levels().get(4)).isEqualTo(6000 + 3000);
        assertThat(after.errors()).containsExactly(SimError.INK_OUT);
        assertThat(after.print(5, INKJET)).isEqualTo(after);
        SimState refilled = after.clear(SimError.INK_OUT, INKJET);
        assertThat(refilled.levels().subList(0, 4)).containsExactly(150, 2400, 7500, 3900);
        assertThat(refilled.blocked()).isFalse();
    }

    @Test
    void theWastePadFillsUntilItIsFull() {
        SimState s = new SimState(SimStatus.IDLE, java.util.Set.of(), java.util.List.of(4500, 7500, 7500, 7500, 49_998), 0);
        SimState after = s.print(10, INKJET);
        assertThat(after.pages()).isEqualTo(2);
        assertThat(after.errors()).containsExactly(SimError.WASTE_INK_FULL);
        assertThat(after.clear(SimError.WASTE_INK_FULL, INKJET).levels().get(4)).isZero();
    }

    @Test
    void raisingInkOutEmptiesTheFirstCartridgeOnlyWhenNoneIsEmpty() {
        SimState s = SimState.initial(SimStatus.IDLE, INKJET, 3).raise(SimError.INK_OUT, INKJET);
        assertThat(s.levels().get(0)).isZero();
        assertThat(s.raise(SimError.INK_OUT, INKJET)).isEqualTo(s);
    }

    @Test
    void profilesWithoutSuppliesRefuseInkErrors() {
        SnmpProfile tm = SnmpProfile.of(PrinterProfile.TM_M30);
        SimState s = SimState.initial(SimStatus.IDLE, tm, 0);
        assertThatThrownBy(() -> s.raise(SimError.INK_OUT, tm)).hasMessageContaining("no ink or toner");
        SnmpProfile laser = SnmpProfile.of(PrinterProfile.LASER);
        assertThatThrownBy(() -> SimState.initial(SimStatus.IDLE, laser, 0).raise(SimError.WASTE_INK_FULL, laser))
                .hasMessageContaining("no waste-ink pad");
        assertThat(s.print(3, tm).pages()).isEqualTo(3);
    }

    @Test
    void printersOfOneProfileStartAtDifferentLevels() {
        assertThat(SimState.initial(SimStatus.IDLE, INKJET, 0).levels())
                .isNotEqualTo(SimState.initial(SimStatus.IDLE, INKJET, 1).levels());
        assertThat(SimState.initial(SimStatus.IDLE, SnmpProfile.of(PrinterProfile.ET_2850), 0).errors())
                .containsExactly(SimError.WASTE_INK_FULL);
    }
}
