package org.openenpc.snmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openenpc.model.Supply.Kind.COLORANT;
import static org.openenpc.model.Supply.Kind.WASTE;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openenpc.model.Supply;

/** The SNMP view's supplies: the ST2 ink record and the Printer-MIB supplies table through {@code SupplyMerge}. */
class SnmpViewSupplyMergeTest {

    @Test
    void theViewMapperMergesTheSt2InkRecordWithTheSuppliesTable() {
        byte[] st2 = new St2Bytes().record(0x01, 0x04).record(0x0f, 0x03, 1, 0x00, 0x69, 3, 0x01, 0x2A).build();
        PrinterReading r = new PrinterReading(Map.of(), List.of(
                new MarkerSupplies.Row("Black Ink Bottle", 4500, 2250, 1, 5, 3),
                new MarkerSupplies.Row("Cyan Ink Bottle", 7500, 7500, 2, 5, 3),
                new MarkerSupplies.Row("Waste Ink Pad", 50_000, 44_000, 0, 8, 4)),
                Map.of(1, "black", 2, "cyan"), List.of(), st2);
        assertThat(SnmpViewMapper.view(r, Instant.EPOCH).supplies()).containsExactly(
                new Supply("Black Ink Bottle", "black", COLORANT, 50, "ok", "Printer-MIB"),
                new Supply("Cyan ink", "cyan", COLORANT, 42, "ok", "ST2"),
                new Supply("Waste Ink Pad", "", WASTE, 88, "ok", "Printer-MIB"));
    }
}
