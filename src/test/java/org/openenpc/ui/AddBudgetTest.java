package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The time-bounded size of a batch: reported times in, a cap out (no clock involved). */
class AddBudgetTest {

    @Test
    void startsSmallAndGrowsAtMostTwofoldPerBatchUpToTheMaximum() {
        AddBudget b = new AddBudget(1000);
        assertThat(b.cap()).isEqualTo(AddBudget.START);
        b.applied(100, 100_000); // 1 µs per device: 8,000 would fit in the target
        assertThat(b.cap()).isEqualTo(200);
        b.applied(200, 200_000);
        b.applied(400, 400_000);
        b.applied(800, 800_000);
        assertThat(b.cap()).isEqualTo(1000);
    }

    @Test
    void aSlowBatchShrinksTheNextToWhatFitsTheTargetButNotBelowTheMinimum() {
        AddBudget b = new AddBudget(1000);
        b.applied(100, 4 * AddBudget.TARGET_NANOS); // 4× over: a quarter fits
        assertThat(b.cap()).isEqualTo(25 < AddBudget.MIN ? AddBudget.MIN : 25);
        b.applied(50, 100 * AddBudget.TARGET_NANOS);
        assertThat(b.cap()).isEqualTo(AddBudget.MIN);
    }

    @Test
    void anEmptyBatchLeavesTheCapAlone() {
        AddBudget b = new AddBudget(1000);
        b.applied(0, 50 * AddBudget.TARGET_NANOS);
        assertThat(b.cap()).isEqualTo(AddBudget.START);
    }

    @Test
    void aSmallMaximumIsAlsoTheStart() {
        assertThat(new AddBudget(10).cap()).isEqualTo(10);
    }
}
