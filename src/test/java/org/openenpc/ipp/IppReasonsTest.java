package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openenpc.model.SnmpCondition.Severity.ERROR;
import static org.openenpc.model.SnmpCondition.Severity.WARNING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openenpc.model.SnmpCondition;

/** printer-state-reasons → the SNMP side's condition keys, severities from the RFC 8011 suffixes. */
class IppReasonsTest {

    @Test
    void knownReasonsGetTheSnmpKeysAndTheirSuffixSeverity() {
        List<SnmpCondition> c = IppReasons.conditions(List.of("media-jam-error", "cover-open-warning",
                "toner-low-report", "marker-supply-empty-error", "door-open", "input-tray-missing-error",
                "output-area-full-warning", "media-empty-error", "offline-report", "marker-waste-full-error"));
        assertThat(c).extracting(SnmpCondition::key, SnmpCondition::severity, SnmpCondition::source).containsExactly(
                tuple("paper-jam", ERROR, "printer-state-reasons"),
                tuple("ink-out", ERROR, "printer-state-reasons"),
                tuple("door-open", ERROR, "printer-state-reasons"), // no suffix: an error (RFC 8011 §5.4.12)
                tuple("input-missing", ERROR, "printer-state-reasons"),
                tuple("paper-out", ERROR, "printer-state-reasons"),
                tuple("waste-ink-full", ERROR, "printer-state-reasons"),
                tuple("cover-open", WARNING, "printer-state-reasons"),
                tuple("toner-low", WARNING, "printer-state-reasons"),
                tuple("output-full", WARNING, "printer-state-reasons"),
                tuple("offline", WARNING, "printer-state-reasons"));
        assertThat(c.get(0).text()).isEqualTo("Paper jam");
    }

    @Test
    void lowAndAlmostFullOnlyEverWarn() {
        assertThat(IppReasons.conditions(List.of("media-low", "marker-waste-almost-full-error", "toner-low-error",
                "marker-supply-low")))
                .extracting(SnmpCondition::key, SnmpCondition::severity)
                .containsExactly(tuple("paper-low", WARNING), tuple("waste-ink-full", WARNING),
                        tuple("toner-low", WARNING), tuple("ink-low", WARNING));
    }

    @Test
    void noneNeutralSubStatesAndUnknownReportsAreNoConditions() {
        assertThat(IppReasons.conditions(List.of("none", "none-report", "connecting-to-device",
                "moving-to-paused", "cups-waiting-for-job-completed-report", "-error", ""))).isEmpty();
    }

    @Test
    void unknownReasonsKeepASanitisedKeyAndTheirWords() {
        List<SnmpCondition> c = IppReasons.conditions(List.of("spool-area-full-warning", "paused",
                "Fuser_Over-Temp\u001b[2J-error", "x".repeat(500)));
        assertThat(c).extracting(SnmpCondition::key, SnmpCondition::text, SnmpCondition::severity).containsExactly(
                tuple("ipp-paused", "Paused", ERROR),
                tuple("ipp-fuser-over-temp-2j", "Fuser over temp 2j", ERROR),
                tuple("ipp-" + "x".repeat(IppReasons.MAX_KEY), "X" + "x".repeat(IppReasons.MAX_KEY - 1), ERROR),
                tuple("ipp-spool-area-full", "Spool area full", WARNING));
    }

    @Test
    void oneConditionPerKeyAndAnErrorWinsOverAWarning() {
        List<SnmpCondition> c = IppReasons.conditions(List.of("cover-open-warning", "interlock-open-error",
                "media-empty-warning", "media-needed-warning"));
        assertThat(c).extracting(SnmpCondition::key, SnmpCondition::text, SnmpCondition::severity).containsExactly(
                tuple("cover-open", "Interlock open", ERROR), tuple("paper-out", "Paper out", WARNING));
    }

    @Test
    void aHostileFloodOfReasonsIsBounded() {
        List<String> many = new ArrayList<>(Collections.nCopies(100_000, "media-jam-error"));
        for (int i = 0; i < 10_000; i++) {
            many.add("weird-" + i);
        }
        assertThat(IppReasons.conditions(many)).hasSize(1);
    }
}
