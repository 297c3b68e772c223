package org.openenpc.sim;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openenpc.protocol.Hex;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.model.MediaCol;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.PrinterState;
import com.hp.jipp.model.Types;

/**
 * Every printer attribute a simulated printer answers Get-Printer-Attributes with, built from its
 * identity and one {@link SimState}: the same model text, serial, name, location and supplies as
 * its ENPC and SNMP answers ({@link PrinterMib}), status from {@link IppStatus}, supplies from
 * {@link IppSupplies}. Pure; called on the IPP thread (and by tests).
 *
 * <p>SYNTHETIC identity: printer-uuid is a name-based UUID of the MAC, so it is stable across runs
 * and moves (a moved printer keeps its MAC); printer-name is the maker + the low three MAC bytes,
 * which for Epson is exactly sysName ("EPSON0001A5"); printer-device-id carries the serial
 * (prtGeneralSerialNumber) as "SN:". operations-supported lists only Get-Printer-Attributes, the
 * one operation answered: a simulator that claimed Print-Job would invite clients to send jobs.
 *
 * <p>media-default and media-col-default (A4, PWG 5101.1 size name; media-size in hundredths of a millimetre):
 * every printer the profiles stand for reports them (IPP Everywhere, PWG 5100.14), and CUPS's ipptool
 * get-printer-attributes.test, the check CUPS's clients make of a printer, EXPECTs media-col-default.
 */
final class IppPrinterAttributes {

    /** Where IPP printers conventionally serve their print queue (IPP Everywhere). */
    static final String RESOURCE = "/ipp/print";

    private IppPrinterAttributes() {
    }

    /**
     * The attributes of {@code p} in state {@code s}, listening on {@code port}, up for {@code upSeconds}.
     * Order follows RFC 8011's description then status attributes; names are unique.
     */
    static List<Attribute<?>> all(SimulatedPrinter p, SimState s, int port, int upSeconds) {
        IppProfile ipp = p.profile().ipp();
        SnmpProfile snmp = p.profile().snmp();
        String makeAndModel = ipp.makeAndModel(p.model());
        List<Attribute<?>> a = new ArrayList<>(48);
        a.add(Types.printerUriSupported.of(printerUri(p, port)));
        a.add(Types.uriSecuritySupported.of("none"));
        a.add(Types.uriAuthenticationSupported.of("none"));
        a.add(Types.printerName.of(name(p)));
        a.add(Types.printerLocation.of(PrinterMib.location(p)));
        a.add(Types.printerInfo.of(makeAndModel));
        a.add(Types.printerMakeAndModel.of(makeAndModel));
        a.add(Types.printerMoreInfo.of(URI.create("http://" + p.address() + ":" + port + "/")));
        a.add(Types.printerDeviceId.of(deviceId(p)));
        a.add(Types.printerUuid.of(uuid(p)));
        a.add(Types.printerFirmwareStringVersion.of(ipp.firmware()));
        PrinterState state = IppStatus.state(p, s);
        a.add(Types.printerState.of(state));
        a.add(Types.printerStateReasons.of(IppStatus.reasons(s, snmp)));
        a.add(Types.printerStateMessage.of(IppStatus.message(p, s, snmp)));
        a.add(Types.printerIsAcceptingJobs.of(true));
        a.add(Types.queuedJobCount.of(0));
        a.add(Types.printerUpTime.of(Math.max(1, upSeconds)));
        a.add(Types.printerImpressionsCompleted.of((int) Math.min(Integer.MAX_VALUE, s.pages())));
        a.addAll(IppSupplies.attributes(snmp, s));
        a.add(Types.ippVersionsSupported.of("1.1", "2.0"));
        a.add(Types.operationsSupported.of(Operation.getPrinterAttributes));
        a.add(Types.charsetConfigured.of("utf-8"));
        a.add(Types.charsetSupported.of("utf-8"));
        a.add(Types.naturalLanguageConfigured.of("en"));
        a.add(Types.generatedNaturalLanguageSupported.of("en"));
        a.add(Types.documentFormatDefault.of(ipp.documentFormats().get(0)));
        a.add(Types.documentFormatSupported.of(ipp.documentFormats()));
        a.add(Types.colorSupported.of(ipp.color()));
        a.add(Types.pdlOverrideSupported.of("attempted"));
        a.add(Types.compressionSupported.of("none"));
        a.add(Types.mediaDefault.of(MEDIA_DEFAULT));
        a.add(Types.mediaColDefault.of(mediaColDefault()));
        return a;
    }

    /** The PWG 5101.1 name of the default medium, A4. */
    static final String MEDIA_DEFAULT = "iso_a4_210x297mm";

    /** media-col-default: A4 (21000 × 29700 hundredths of a mm), as media-default names it. */
    static MediaCol mediaColDefault() {
        MediaCol col = new MediaCol();
        col.setMediaSize(new MediaCol.MediaSize(21000, 29700));
        return col;
    }

    /** ipp://127.0.1.5:631/ipp/print. */
    static URI printerUri(SimulatedPrinter p, int port) {
        return URI.create("ipp://" + p.address() + ":" + port + RESOURCE);
    }

    /** The maker without spaces + the low three MAC bytes in upper-case hex: "EPSON0001A5", sysName for Epson. */
    static String name(SimulatedPrinter p) {
        return p.profile().ipp().make().replace(" ", "") + macTail(p);
    }

    /** urn:uuid: of a name-based (version 3) UUID of the MAC. */
    static URI uuid(SimulatedPrinter p) {
        UUID u = UUID.nameUUIDFromBytes(("OpenENPC simulated printer " + p.macText()).getBytes(StandardCharsets.US_ASCII));
        return URI.create("urn:uuid:" + u);
    }

    /** IEEE 1284 device id: "MFG:EPSON;CMD:...;MDL:ET-2850 Series;CLS:PRINTER;DES:EPSON ET-2850 Series;SN:...;". */
    static String deviceId(SimulatedPrinter p) {
        IppProfile ipp = p.profile().ipp();
        return "MFG:" + ipp.make() + ";CMD:" + ipp.commandSet() + ";MDL:" + p.model() + ";CLS:PRINTER;DES:"
                + ipp.makeAndModel(p.model()) + ";SN:" + PrinterMib.serial(p) + ";";
    }

    private static String macTail(SimulatedPrinter p) {
        return Hex.of(p.mac(), 3, 3).replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
