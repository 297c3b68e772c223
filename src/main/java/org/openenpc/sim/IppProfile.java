package org.openenpc.sim;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link PrinterProfile} shows over IPP: whether it answers Get-Printer-Attributes at all,
 * its maker (printer-make-and-model is the make + the spec's model, as Epson's own printers report
 * "EPSON ET-2850 Series"), the IEEE 1284 command set of its printer-device-id, its document
 * formats, colour, firmware version and the first three bytes of its MAC. SYNTHETIC throughout: no
 * IPP capture of any of these devices exists; the values follow what such printers publish in
 * their IPP Everywhere answers, and the firmware versions are invented. TM receipt printers and the
 * scanner do not answer IPP. Immutable; any thread.
 *
 * @param answers         false: no IPP listener at all (connections are refused)
 * @param make            the maker, e.g. "EPSON" (MFG of the device id)
 * @param commandSet      CMD of the device id, e.g. "ESCPL2,BDC,D4,ESCPR7,PWGRaster,URF"
 * @param documentFormats document-format-supported, the default ({@code application/octet-stream}) first
 * @param color           color-supported
 * @param firmware        printer-firmware-string-version
 * @param oui             the three MAC bytes a printer of this maker starts with (Epson's 64:EB:8C, else a
 *                        locally administered 02:00:00, as no vendor block is ours to use)
 */
public record IppProfile(boolean answers, String make, String commandSet, List<String> documentFormats,
                         boolean color, String firmware, byte[] oui) {

    /** A locally administered, unicast MAC prefix for the other makers' printers. */
    static final byte[] LOCAL_OUI = {0x02, 0x00, 0x00};

    private static final List<String> EPSON_INKJET_FORMATS = List.of("application/octet-stream", "application/pdf",
            "image/pwg-raster", "image/urf", "image/jpeg");
    private static final List<String> LASER_FORMATS = List.of("application/octet-stream", "application/pdf",
            "application/postscript", "application/vnd.hp-PCL", "image/pwg-raster", "image/urf", "image/jpeg");
    private static final List<String> CANON_FORMATS = List.of("application/octet-stream", "application/pdf",
            "image/pwg-raster", "image/urf", "image/jpeg");

    private static final Map<PrinterProfile, IppProfile> BY_PROFILE = byProfile();

    public IppProfile {
        documentFormats = List.copyOf(documentFormats);
        oui = oui.clone();
    }

    @Override
    public byte[] oui() {
        return oui.clone();
    }

    /** The IPP side of {@code profile}. */
    public static IppProfile of(PrinterProfile profile) {
        return BY_PROFILE.get(profile);
    }

    private static Map<PrinterProfile, IppProfile> byProfile() {
        Map<PrinterProfile, IppProfile> m = new EnumMap<>(PrinterProfile.class);
        for (PrinterProfile p : PrinterProfile.values()) {
            m.put(p, build(p));
        }
        return m;
    }

    private static IppProfile build(PrinterProfile profile) {
        byte[] epson = SimulatedPrinter.EPSON_OUI;
        return switch (profile) {
            case TM_T88V, TM_M30, TM_M30II, SCANNER ->
                    new IppProfile(false, "EPSON", "ESC/POS", List.of(), false, "", epson);
            case INKJET, ET_2850 -> new IppProfile(true, "EPSON", "ESCPL2,BDC,D4,D4PX,ESCPR7,END4,GENEP,PWGRaster,URF",
                    EPSON_INKJET_FORMATS, true, "05.22.XF26P8", epson);
            case LASER -> new IppProfile(true, "EPSON", "ESCPAGES,PCLXL,PDF,PWGRaster,URF", LASER_FORMATS, false,
                    "1.02.SIM", epson);
            case IPP_LASER -> new IppProfile(true, "Kyocera", "PCLXL,PCL5E,POSTSCRIPT,PDF,PWGRaster,URF", LASER_FORMATS,
                    false, "2V9_2F00.002.004", LOCAL_OUI);
            case IPP_INKJET -> new IppProfile(true, "Canon", "BJRaster3,BSCCe,NCCe,IVEC,IVECPLI,PCLm,PWGRaster,URF",
                    CANON_FORMATS, true, "1.070", LOCAL_OUI);
        };
    }

    /** "EPSON ET-2850 Series": the maker and the model the printer reports everywhere. */
    public String makeAndModel(String model) {
        return make + " " + model;
    }
}
