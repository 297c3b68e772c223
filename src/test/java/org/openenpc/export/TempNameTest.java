package org.openenpc.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The temp name carries the writer's PID; stale means our name, a dead PID and a minute untouched. */
class TempNameTest {

    private static final long NOW = 1_000_000_000L;
    private static final long OLD = NOW - TempName.STALE_AFTER.toMillis() - 1;
    private static final long FRESH = NOW - TempName.STALE_AFTER.toMillis() + 1_000;

    @Test
    void aNewNameCarriesThisProcessesPidAndSixteenHexDigits() {
        long pid = ProcessHandle.current().pid();
        String name = TempName.next("printers.csv");
        assertThat(name).matches("\\.printers\\.csv\\." + pid + "\\.[0-9a-f]{16}\\.tmp");
        assertThat(TempName.pidOf(name)).hasValue(pid);
        assertThat(TempName.next("printers.csv")).isNotEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"printers.csv", ".printers.csv.4c932165e1188772.tmp", ".x.12.0123456789abcdeg.tmp",
        ".x.12.0123456789abcdef.tmp.bak", ".x.12.0123456789abcde.tmp", "x.12.0123456789abcdef.tmp",
        "..12.0123456789abcdef.tmp", ".x.-12.0123456789abcdef.tmp"})
    void otherNamesAreNotOurs(String name) {
        assertThat(TempName.pidOf(name)).isEmpty();
        assertThat(TempName.isStale(name, OLD, NOW, pid -> false)).isFalse();
    }

    @Test
    void aNameWithDotsInTheTargetIsStillRead() {
        assertThat(TempName.pidOf(".my.printers.v2.json.4711.0123456789abcdef.tmp")).isEqualTo(OptionalLong.of(4711));
    }

    @Test
    void staleOnlyWhenThePidIsDeadAndTheFileIsOld() {
        String name = ".printers.csv.4711.0123456789abcdef.tmp";
        assertThat(TempName.isStale(name, OLD, NOW, pid -> false)).isTrue();
        assertThat(TempName.isStale(name, FRESH, NOW, pid -> false)).as("dead but fresh: maybe another namespace").isFalse();
        assertThat(TempName.isStale(name, OLD, NOW, pid -> pid == 4711)).as("alive").isFalse();
    }

    @Test
    void thisProcessIsAlive() {
        assertThat(TempName.alive(ProcessHandle.current().pid())).isTrue();
    }
}
