package org.openenpc.ipp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.IntType;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.KeywordType;
import com.hp.jipp.encoding.NameType;
import com.hp.jipp.encoding.OctetsType;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Status;
import com.hp.jipp.model.Types;

/** Get-Printer-Attributes responses of realistic printers, built with jipp and encoded as a printer would. */
final class IppReplies {

    private IppReplies() {
    }

    /** An HP-like colour laser: four toners by printer-supply, a drum, a cover open and toner low. */
    static IppPacket hpLaser() {
        return IppPacket.response(Status.successfulOk).putPrinterAttributes(
                Types.printerMakeAndModel.of("HP Color LaserJet MFP M283fdw"),
                Types.printerName.of("HP283FDW"),
                Types.printerLocation.of("2nd floor, room 214"),
                Types.printerInfo.of("HP Color LaserJet MFP M283fdw"),
                Types.printerUuid.of(URI.create("urn:uuid:564E4333-4230-4A36-8B4E-A0D3C1F2B3C4")),
                Types.printerState.of(PrinterState.stopped),
                Types.printerStateReasons.of("cover-open-error", "toner-low-warning"),
                Types.printerStateMessage.of("Cover open"),
                Types.printerDeviceId.of("MFG:HP;MDL:HP Color LaserJet MFP M283fdw;CMD:PCLm,PWGRaster,URF;"),
                Types.printerMoreInfo.of(URI.create("http://127.0.0.1/#hId-pgInfo")),
                Types.printerUriSupported.of(URI.create("ipp://127.0.0.1/ipp/print"),
                        URI.create("ipps://127.0.0.1:443/ipp/print")),
                Types.printerFirmwareStringVersion.of("20230407"),
                Types.printerImpressionsCompleted.of(12_345),
                supply("index=1;class=supplyThatIsConsumed;type=tonerCartridge;unit=percent;maxcapacity=100;"
                                + "level=76;colorantname=black;",
                        "index=2;class=supplyThatIsConsumed;type=tonerCartridge;unit=percent;maxcapacity=100;"
                                + "level=8;colorantname=cyan;",
                        "index=3;class=supplyThatIsConsumed;type=tonerCartridge;unit=percent;maxcapacity=100;"
                                + "level=55;colorantname=magenta;",
                        "index=4;class=supplyThatIsConsumed;type=tonerCartridge;unit=percent;maxcapacity=100;"
                                + "level=61;colorantname=yellow;",
                        "index=5;class=supplyThatIsConsumed;type=opc;unit=percent;maxcapacity=100;level=-3;"),
                Types.printerSupplyDescription.of("Black Cartridge HP 207A", "Cyan Cartridge HP 207A",
                        "Magenta Cartridge HP 207A", "Yellow Cartridge HP 207A", "Imaging Drum"))
                .build();
    }

    /** An Epson inkjet: four inks, one empty, and a maintenance box near its end. */
    static IppPacket epsonInkjet() {
        return IppPacket.response(Status.successfulOk).putPrinterAttributes(
                Types.printerMakeAndModel.of("EPSON ET-4850 Series"),
                Types.printerName.of("EPSON ET-4850 Series"),
                Types.printerUuid.of(URI.create("urn:uuid:cfe92100-67c4-11d4-a45f-e0bb9e1f2a3b")),
                Types.printerState.of(PrinterState.idle),
                Types.printerStateReasons.of("marker-supply-empty-error", "marker-waste-almost-full-warning"),
                Types.printerMoreInfo.of(URI.create("http://127.0.0.1:80/PRESENTATION/BONJOUR")),
                Types.printerUriSupported.of(URI.create("ipp://127.0.0.1:631/ipp/print")),
                Types.printerFirmwareStringVersion.of("05.15.XF26P8"),
                supply("index=1;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=60;"
                                + "colorantname=black;",
                        "index=2;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=0;"
                                + "colorantname=cyan;",
                        "index=3;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=35;"
                                + "colorantname=magenta;",
                        "index=4;class=supplyThatIsConsumed;type=ink;unit=percent;maxcapacity=100;level=90;"
                                + "colorantname=yellow;",
                        "index=5;class=receptacleThatIsFilled;type=wasteInk;unit=percent;maxcapacity=100;level=12;"
                                + "colorantname=no-color;"),
                Types.printerSupplyDescription.of("Black ink", "Cyan ink", "Magenta ink", "Yellow ink",
                        "Maintenance box"))
                .build();
    }

    /** A CUPS queue: no printer-supply, only marker-*; paused by the administrator. */
    static IppPacket cupsQueue() {
        return IppPacket.response(Status.successfulOk).putPrinterAttributes(
                Types.printerMakeAndModel.of("Brother HL-L2350DW series"),
                Types.printerName.of("Brother_HL_L2350DW"),
                Types.printerState.of(PrinterState.idle),
                Types.printerStateReasons.of("none"),
                Types.printerUuid.of(URI.create("urn:uuid:0c8e9a4b-5d1f-3b2a-6e7c-8f9d0a1b2c3d")),
                new NameType.Set("marker-names").of("Black Toner", "Drum Unit"),
                new IntType.Set("marker-levels").of(40, -1),
                new NameType.Set("marker-colors").of("#000000", "none"),
                new KeywordType.Set("marker-types").of("toner", "opc"),
                new IntType.Set("marker-low-levels").of(10, 5),
                new IntType.Set("marker-high-levels").of(100, 100))
                .build();
    }

    static Attribute<byte[]> supply(String... values) {
        List<byte[]> bytes = java.util.Arrays.stream(values).map(v -> v.getBytes(StandardCharsets.US_ASCII)).toList();
        return new OctetsType.Set("printer-supply").of(bytes);
    }

    /** The packet as bytes on the wire. */
    static byte[] bytes(IppPacket p) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IppOutputStream ipp = new IppOutputStream(out)) {
            ipp.write(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The packet as a printer sends it and we read it back: encoded, then decoded by our reader. */
    static IppPacket roundTrip(IppPacket p) {
        IppReplyReader.Decoded d = IppReplyReader.read(bytes(p));
        if (d.packet() == null) {
            throw new AssertionError(d.problem());
        }
        return d.packet();
    }
}
