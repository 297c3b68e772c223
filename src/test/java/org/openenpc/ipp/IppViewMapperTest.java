package org.openenpc.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.openenpc.model.SnmpCondition.Severity.ERROR;
import static org.openenpc.model.SnmpCondition.Severity.WARNING;
import static org.openenpc.model.Supply.Kind.COLORANT;
import static org.openenpc.model.Supply.Kind.OTHER;
import static org.openenpc.model.Supply.Kind.WASTE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.BooleanType;
import com.hp.jipp.encoding.DateTimeType;
import com.hp.jipp.encoding.EmptyAttribute;
import com.hp.jipp.encoding.IntRangeType;
import com.hp.jipp.encoding.IntType;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.KeywordType;
import com.hp.jipp.encoding.OctetsType;
import com.hp.jipp.encoding.Resolution;
import com.hp.jipp.encoding.ResolutionType;
import com.hp.jipp.encoding.ResolutionUnit;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.encoding.TextType;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

import org.junit.jupiter.api.Test;
import org.openenpc.model.IppAttribute;
import org.openenpc.model.IppView;
import org.openenpc.model.SnmpCondition;
import org.openenpc.model.Supply;

/** Get-Printer-Attributes responses, encoded and decoded as on the wire, mapped into IppView. */
class IppViewMapperTest {

    private static final Instant AT = Instant.parse("2024-05-01T10:15:30Z");
    private static final String URI = "ipp://127.0.0.1:631/ipp/print";

    private static IppView view(IppPacket p) {
        return IppViewMapper.view(IppReplies.roundTrip(p), URI, AT);
    }

    @Test
    void hpLaser() {
        IppView v = view(IppReplies.hpLaser());
        assertThat(v.uri()).isEqualTo(URI);
        assertThat(v.makeAndModel()).isEqualTo("HP Color LaserJet MFP M283fdw");
        assertThat(v.name()).isEqualTo("HP283FDW");
        assertThat(v.location()).isEqualTo("2nd floor, room 214");
        assertThat(v.uuid()).isEqualTo("564e4333-4230-4a36-8b4e-a0d3c1f2b3c4");
        assertThat(v.state()).isEqualTo("stopped");
        assertThat(v.stateReasons()).containsExactly("cover-open-error", "toner-low-warning");
        assertThat(v.stateMessage()).isEqualTo("Cover open");
        assertThat(v.conditions()).extracting(SnmpCondition::key, SnmpCondition::severity)
                .containsExactly(tuple("cover-open", ERROR), tuple("toner-low", WARNING));
        assertThat(v.hasError()).isTrue();
        assertThat(v.deviceId()).startsWith("MFG:HP;");
        assertThat(v.moreInfo()).isEqualTo("http://127.0.0.1/#hId-pgInfo");
        assertThat(v.urisSupported()).containsExactly("ipp://127.0.0.1/ipp/print", "ipps://127.0.0.1:443/ipp/print");
        assertThat(v.firmware()).isEqualTo("20230407");
        assertThat(v.pageCount()).isEqualTo(12_345L);
        assertThat(v.readAt()).isEqualTo(AT);
        assertThat(v.stale()).isFalse();
        assertThat(v.supplies()).containsExactly(
                new Supply("Black Cartridge HP 207A", "black", COLORANT, 76, "ok", "IPP"),
                new Supply("Cyan Cartridge HP 207A", "cyan", COLORANT, 8, "ok", "IPP"),
                new Supply("Magenta Cartridge HP 207A", "magenta", COLORANT, 55, "ok", "IPP"),
                new Supply("Yellow Cartridge HP 207A", "yellow", COLORANT, 61, "ok", "IPP"),
                new Supply("Imaging Drum", "", OTHER, null, "some remaining", "IPP"));
        assertThat(v.attributes()).extracting(IppAttribute::group, IppAttribute::name, IppAttribute::syntax)
                .contains(tuple("operation-attributes", "attributes-charset", "charset"),
                        tuple("printer-attributes", "printer-state", "enum"),
                        tuple("printer-attributes", "printer-name", "nameWithoutLanguage"),
                        tuple("printer-attributes", "printer-state-reasons", "keyword"),
                        tuple("printer-attributes", "printer-uuid", "uri"),
                        tuple("printer-attributes", "printer-impressions-completed", "integer"),
                        tuple("printer-attributes", "printer-supply", "octetString"));
        assertThat(attribute(v, "printer-state").values()).containsExactly("5");
        assertThat(attribute(v, "printer-supply").values()).hasSize(5).first().asString()
                .startsWith("index=1;class=supplyThatIsConsumed;type=tonerCartridge;");
    }

    @Test
    void epsonInkjetWithAMaintenanceBox() {
        IppView v = view(IppReplies.epsonInkjet());
        assertThat(v.state()).isEqualTo("idle");
        assertThat(v.location()).isEmpty();
        assertThat(v.pageCount()).isNull();
        assertThat(v.conditions()).extracting(SnmpCondition::key, SnmpCondition::severity)
                .containsExactly(tuple("ink-out", ERROR), tuple("waste-ink-full", WARNING));
        assertThat(v.supplies()).containsExactly(
                new Supply("Black ink", "black", COLORANT, 60, "ok", "IPP"),
                new Supply("Cyan ink", "cyan", COLORANT, 0, "empty", "IPP"),
                new Supply("Magenta ink", "magenta", COLORANT, 35, "ok", "IPP"),
                new Supply("Yellow ink", "yellow", COLORANT, 90, "ok", "IPP"),
                new Supply("Maintenance box", "", WASTE, 12, "ok", "IPP"));
    }

    @Test
    void cupsQueueWithMarkers() {
        IppView v = view(IppReplies.cupsQueue());
        assertThat(v.stateReasons()).isEmpty();
        assertThat(v.conditions()).isEmpty();
        assertThat(v.supplies()).containsExactly(
                new Supply("Black Toner", "black", COLORANT, 40, "ok", "IPP"),
                new Supply("Drum Unit", "", OTHER, null, "unknown", "IPP"));
        assertThat(attribute(v, "marker-levels").values()).containsExactly("40", "-1");
    }

    @Test
    void everySyntaxAsText() {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("GMT+02:00"));
        when.setTimeInMillis(Instant.parse("2024-05-01T10:15:30Z").toEpochMilli());
        IppPacket p = IppPacket.response(Status.successfulOk).putPrinterAttributes(
                new ResolutionType.Set("printer-resolution-supported").of(
                        new Resolution(600, 600, ResolutionUnit.dotsPerInch),
                        new Resolution(236, 472, ResolutionUnit.dotsPerCentimeter)),
                new IntRangeType.Set("copies-supported").of(new kotlin.ranges.IntRange(1, 99)),
                new DateTimeType("printer-current-time").of(when),
                new BooleanType("color-supported").of(true),
                new OctetsType("x-binary").of(new byte[] {0x00, 0x1b, (byte) 0xff}),
                new OctetsType("x-text").of("plain text".getBytes()),
                new TextType("x-long").of("y".repeat(10_000)),
                new EmptyAttribute<>("printer-alert", Tag.unknown),
                new EmptyAttribute<>("printer-geo-location", Tag.noValue),
                Types.mediaColDefault.of(mediaCol()))
                .build();
        IppView v = view(p);
        assertThat(attribute(v, "printer-resolution-supported").values()).containsExactly("600x600dpi", "236x472dpcm");
        assertThat(attribute(v, "printer-resolution-supported").syntax()).isEqualTo("resolution");
        assertThat(attribute(v, "copies-supported").values()).containsExactly("1-99");
        assertThat(attribute(v, "copies-supported").syntax()).isEqualTo("rangeOfInteger");
        assertThat(attribute(v, "printer-current-time").values()).containsExactly("2024-05-01T12:15:30+02:00");
        assertThat(attribute(v, "printer-current-time").syntax()).isEqualTo("dateTime");
        assertThat(attribute(v, "color-supported").values()).containsExactly("true");
        assertThat(attribute(v, "x-binary").values()).containsExactly("00 1b ff");
        assertThat(attribute(v, "x-text").values()).containsExactly("plain text");
        assertThat(attribute(v, "x-long").values().get(0)).hasSize(IppValueText.MAX_TEXT);
        assertThat(attribute(v, "printer-alert").syntax()).isEqualTo("unknown");
        assertThat(attribute(v, "printer-alert").values()).isEmpty();
        assertThat(attribute(v, "printer-geo-location").syntax()).isEqualTo("no-value");
        assertThat(attribute(v, "media-col-default").syntax()).isEqualTo("begCollection");
        assertThat(attribute(v, "media-col-default").values())
                .containsExactly("{media-size={x-dimension=21000 y-dimension=29700}}");
    }

    @Test
    void aHostileFloodOfAttributesAndValuesIsBounded() {
        List<Attribute<?>> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(new KeywordType("x-" + i).of("v"));
        }
        many.add(Types.printerStateReasons.of(Collections.nCopies(1_000, "media-jam-error")));
        many.add(new IntType.Set("x-ints").of(Collections.nCopies(1_000, 7)));
        IppPacket p = IppPacket.response(Status.successfulOk).putPrinterAttributes(many).build();
        IppView v = view(p);
        assertThat(v.attributes()).hasSize(IppViewMapper.MAX_ATTRIBUTES);
        assertThat(v.stateReasons()).hasSize(IppViewMapper.MAX_VALUES);
        assertThat(v.conditions()).hasSize(1);
    }

    @Test
    void aReplyWithoutPrinterAttributesIsAnEmptyView() {
        IppView v = view(IppPacket.response(Status.successfulOk).build());
        assertThat(v.makeAndModel()).isEmpty();
        assertThat(v.state()).isEmpty();
        assertThat(v.supplies()).isEmpty();
        assertThat(v.pageCount()).isNull();
        assertThat(v.attributes()).extracting(IppAttribute::group).containsOnly("operation-attributes");
    }

    private static com.hp.jipp.model.MediaCol mediaCol() {
        com.hp.jipp.model.MediaCol col = new com.hp.jipp.model.MediaCol();
        col.setMediaSize(new com.hp.jipp.model.MediaCol.MediaSize(21000, 29700));
        return col;
    }

    private static IppAttribute attribute(IppView v, String name) {
        return v.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
