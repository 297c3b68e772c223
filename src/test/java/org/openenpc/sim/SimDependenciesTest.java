package org.openenpc.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The simulator uses only the JDK, the protocol, snmp and mdns packages, SNMP4J, jipp (IPP encoding), JmDNS (its
 * printers' DNS-SD announcements) and SLF4J (ARCHITECTURE.md, packages table; LayeringTest allows sim → mdns).
 */
class SimDependenciesTest {

    @Test
    void simImportsOnlyJdkProtocolSnmpMdnsSnmp4jJippJmdnsAndSlf4j() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/openenpc/sim"))) {
            List<String> imports = files.flatMap(SimDependenciesTest::lines)
                    .filter(l -> l.startsWith("import ")).distinct().toList();
            assertThat(imports).isNotEmpty().allMatch(l -> l.matches(
                    "import (static )?(java\\.|org\\.openenpc\\.(protocol|snmp|mdns)\\.|org\\.snmp4j\\.|javax\\.jmdns\\."
                            + "|org\\.slf4j\\.|com\\.hp\\.jipp\\.).*"));
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
