package org.openenpc.ui.detail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.openenpc.model.IppView;
import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.model.SafeText;
import org.openenpc.model.SnmpView;
import org.openenpc.ui.Messages;

/**
 * Everything the detail pane shows about the selected printer, as read-only JavaFX properties:
 * title, status badge, identity rows, status lines and the raw replies as text. Plain properties and
 * no toolkit calls, so tests use it without starting JavaFX. Single-threaded: the FX thread once a
 * view is bound to it. {@link #show} with an unchanged snapshot fires no list changes, so the view
 * keeps the user's text selection across scan updates.
 */
public final class DetailViewModel {

    private final DateTimeFormatter time;
    private final ReadOnlyObjectWrapper<Printer> printer = new ReadOnlyObjectWrapper<>(this, "printer");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper ip = new ReadOnlyStringWrapper(this, "ip", "");
    private final ReadOnlyStringWrapper mac = new ReadOnlyStringWrapper(this, "mac", "");
    private final ReadOnlyObjectWrapper<PrinterStatus.Level> level =
            new ReadOnlyObjectWrapper<>(this, "level", PrinterStatus.Level.UNKNOWN);
    private final ReadOnlyStringWrapper statusSummary = new ReadOnlyStringWrapper(this, "statusSummary", "");
    private final ReadOnlyStringWrapper rawText = new ReadOnlyStringWrapper(this, "rawText", "");
    private final ReadOnlyBooleanWrapper snmpMissing = new ReadOnlyBooleanWrapper(this, "snmpMissing", false);
    private final ObservableList<SupplyLevel> supplies = FXCollections.observableArrayList();
    private final ObservableList<StatusLine> snmpLines = FXCollections.observableArrayList();
    private final ObservableList<Row> snmpRows = FXCollections.observableArrayList();
    private final ObservableList<SupplyLevel> suppliesView = FXCollections.unmodifiableObservableList(supplies);
    private final ObservableList<StatusLine> snmpLinesView = FXCollections.unmodifiableObservableList(snmpLines);
    private final ObservableList<Row> snmpRowsView = FXCollections.unmodifiableObservableList(snmpRows);
    private final ReadOnlyBooleanWrapper ippShown = new ReadOnlyBooleanWrapper(this, "ippShown", false);
    private final ReadOnlyStringWrapper ippRawText = new ReadOnlyStringWrapper(this, "ippRawText", "");
    private final ReadOnlyStringWrapper ippRawTitle = new ReadOnlyStringWrapper(this, "ippRawTitle", "");
    private final ObservableList<StatusLine> ippLines = FXCollections.observableArrayList();
    private final ObservableList<Row> ippRows = FXCollections.observableArrayList();
    private final ObservableList<StatusLine> ippLinesView = FXCollections.unmodifiableObservableList(ippLines);
    private final ObservableList<Row> ippRowsView = FXCollections.unmodifiableObservableList(ippRows);
    private final ReadOnlyStringWrapper untrustedCertificate = new ReadOnlyStringWrapper(this, "untrustedCertificate", "");
    private int lowSupplyPercent = 15;
    private final ObservableList<Row> identityRows = FXCollections.observableArrayList();
    private final ObservableList<StatusLine> statusLines = FXCollections.observableArrayList();
    // One read-only view each, kept here: such a view listens to its list only weakly, so a view
    // created per call could be collected together with the listeners the pane put on it.
    private final ObservableList<Row> identityRowsView = FXCollections.unmodifiableObservableList(identityRows);
    private final ObservableList<StatusLine> statusLinesView = FXCollections.unmodifiableObservableList(statusLines);

    /** Times shown in the system's time zone. */
    public DetailViewModel() {
        this(ZoneId.systemDefault());
    }

    /** Times shown in {@code zone} (tests pass a fixed one). */
    public DetailViewModel(ZoneId zone) {
        // ISO-like order reads unambiguously in every locale and sorts when pasted into a report.
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** Shows {@code p}; null means nothing is selected and clears everything. */
    public void show(Printer p) {
        printer.set(p);
        empty.set(p == null);
        if (p == null) {
            title.set("");
            ip.set("");
            mac.set("");
            level.set(PrinterStatus.Level.UNKNOWN);
            statusSummary.set("");
            rawText.set("");
            identityRows.clear();
            statusLines.clear();
            snmpMissing.set(false);
            supplies.clear();
            snmpLines.clear();
            snmpRows.clear();
            showIpp(null);
            return;
        }
        // Device text is made safe once here (and in Row, StatusLine, SupplyLevel, RawText), so the labels
        // and "Copy all" show the same escaped form.
        title.set(p.model().isEmpty() ? p.ip() : SafeText.escape(p.model()));
        ip.set(p.ip());
        mac.set(p.macText());
        // With an SNMP view the badge says what SNMP says too (an inkjet has no ENPC status at all).
        level.set(p.snmp() == null && p.ipp() == null ? p.status().level()
                : org.openenpc.ui.PrinterHealth.level(p, lowSupplyPercent));
        statusSummary.set(SafeText.escape(org.openenpc.ui.PrinterHealth.summary(p)));
        replaceIfChanged(identityRows, IdentityRows.of(p, time));
        replaceIfChanged(statusLines, StatusLines.of(p));
        SnmpView v = p.snmp();
        snmpMissing.set(v == null);
        replaceIfChanged(supplies, p.supplies().stream().map(x -> SupplyLevel.of(x, lowSupplyPercent)).toList());
        replaceIfChanged(snmpLines, v == null ? List.of() : SnmpLines.lines(v, time));
        replaceIfChanged(snmpRows, v == null ? List.of() : SnmpLines.rows(v, time));
        rawText.set(RawText.of(p.replyList(), time) + RawText.st2(v));
        showIpp(p.ipp());
    }

    /** The IPP section: shown only while the printer has answered IPP (its last answer when it went silent). */
    private void showIpp(IppView v) {
        ippShown.set(v != null);
        replaceIfChanged(ippLines, v == null ? List.of() : IppLines.lines(v, time));
        replaceIfChanged(ippRows, v == null ? List.of() : IppLines.rows(v, time));
        ippRawText.set(v == null ? "" : IppRawText.of(v.attributes()));
        ippRawTitle.set(v == null ? "" : Messages.format("detail.ipp.raw", v.attributes().size()));
    }

    /** A supply at or below this percentage is drawn as low (the settings' threshold); re-shows the printer. */
    public void setLowSupplyPercent(int percent) {
        this.lowSupplyPercent = percent;
        if (printer.get() != null) {
            show(printer.get());
        }
    }

    /** True when a printer is shown that has no SNMP view (it did not answer SNMP, or SNMP is off). */
    public ReadOnlyBooleanProperty snmpMissingProperty() {
        return snmpMissing.getReadOnlyProperty();
    }

    /** Read-only view of the supply bars, in the printer's order. */
    public ObservableList<SupplyLevel> getSupplies() {
        return suppliesView;
    }

    /** Read-only view of the SNMP conditions in plain language with their hints. */
    public ObservableList<StatusLine> getSnmpLines() {
        return snmpLinesView;
    }

    /** Read-only view of the SNMP facts (status, page count, serial, location, …). */
    public ObservableList<Row> getSnmpRows() {
        return snmpRowsView;
    }

    /** True while the shown printer has an IPP view. */
    public ReadOnlyBooleanProperty ippShownProperty() {
        return ippShown.getReadOnlyProperty();
    }

    /** Read-only view of the IPP conditions (and the not-answering warning) in plain language. */
    public ObservableList<StatusLine> getIppLines() {
        return ippLinesView;
    }

    /** Read-only view of the IPP facts (URI, make and model, state, reasons, …). */
    public ObservableList<Row> getIppRows() {
        return ippRowsView;
    }

    /** Every IPP attribute as received, one per line; "" without IPP. */
    public ReadOnlyStringProperty ippRawTextProperty() {
        return ippRawText.getReadOnlyProperty();
    }

    /** The raw attributes' heading with their count; "" without IPP. */
    public ReadOnlyStringProperty ippRawTitleProperty() {
        return ippRawTitle.getReadOnlyProperty();
    }

    /** Identity, status, SNMP, IPP and raw replies as one plain text, for "Copy all"; "" when nothing is shown. */
    public String allAsText() {
        if (printer.get() == null) {
            return "";
        }
        String ipp = ippShown.get() ? DetailText.ipp(ippLines, ippRows, ippRawTitle.get(), ippRawText.get()) : "";
        return DetailText.of(title.get(), identityRows, statusLines,
                snmpMissing.get() ? List.of(new Row(heading("snmp"), Messages.get("detail.snmp.missing")))
                        : snmpRows, snmpLines, supplies, ipp, rawText.get());
    }

    /**
     * The device's own configuration page: the printer-more-info of its IPP answer when that is a web page on its own
     * address, else http://ip/ (PROTOCOL.md §3, see {@link WebConfigUrl}); "" when nothing is shown.
     */
    /**
     * The fingerprint of the ipps certificate the shown printer presented and that is neither trusted nor accepted
     * ("" when there is none, or nothing is shown): the pane then offers to accept it.
     */
    public ReadOnlyStringProperty untrustedCertificateProperty() {
        return untrustedCertificate.getReadOnlyProperty();
    }

    /** Sets what {@link #untrustedCertificateProperty()} holds for the shown printer; null or "" for none. */
    public void setUntrustedCertificate(String sha256) {
        untrustedCertificate.set(sha256 == null ? "" : sha256);
    }

    public String webConfigUrl() {
        return WebConfigUrl.of(printer.get());
    }

    private static <T> void replaceIfChanged(ObservableList<T> list, List<T> next) {
        if (!list.equals(next)) {
            list.setAll(next);
        }
    }

    public ReadOnlyObjectProperty<Printer> printerProperty() {
        return printer.getReadOnlyProperty();
    }

    public Printer getPrinter() {
        return printer.get();
    }

    /** True while nothing is selected. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** The model name, or the IP while the model is unknown. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ipProperty() {
        return ip.getReadOnlyProperty();
    }

    /** The MAC as text, "" while unknown. */
    public ReadOnlyStringProperty macProperty() {
        return mac.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PrinterStatus.Level> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** The short status for the badge, e.g. "Ready" or "Offline, cover open". */
    public ReadOnlyStringProperty statusSummaryProperty() {
        return statusSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rawTextProperty() {
        return rawText.getReadOnlyProperty();
    }

    /** Read-only view of the identity rows. */
    public ObservableList<Row> getIdentityRows() {
        return identityRowsView;
    }

    /** Read-only view of the status lines. */
    public ObservableList<StatusLine> getStatusLines() {
        return statusLinesView;
    }

    /** The section headings, shared by the view and {@link #allAsText()}. */
    static String heading(String section) {
        return Messages.get("detail.section." + section);
    }
}
