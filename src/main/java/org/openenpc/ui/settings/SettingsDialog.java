package org.openenpc.ui.settings;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.openenpc.discovery.InterfaceSource;
import org.openenpc.ui.Messages;

/**
 * The scan settings dialog, built in code over a {@link SettingsViewModel}: it only binds
 * controls to the model and returns {@link SettingsViewModel#apply} on OK (or {@code null} on
 * Cancel). Each field has an error label below it (style class {@value #ERROR_STYLE}) showing the
 * model's sentence, and OK stays disabled while anything is invalid.
 *
 * <p>Create, show and read it on the FX thread.
 */
public final class SettingsDialog extends Dialog<AppSettings> {
    /** Style class of the red error labels. */
    public static final String ERROR_STYLE = "field-error";

    private final SettingsViewModel model;

    /** Reads the interfaces from {@code source} at once (briefly blocking for the real system). */
    public SettingsDialog(AppSettings current, InterfaceSource source) {
        this(current, new SettingsViewModel(current, source));
    }

    /**
     * @param current the settings being edited; fields the dialog does not show are kept
     * @param model   the dialog's state, normally created from {@code current}
     */
    public SettingsDialog(AppSettings current, SettingsViewModel model) {
        Objects.requireNonNull(current, "current");
        this.model = Objects.requireNonNull(model, "model");
        setTitle(Messages.get("settings.title"));
        setHeaderText(Messages.get("settings.header"));
        setResizable(true);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(
                Objects.requireNonNull(SettingsDialog.class.getResource("settings.css")).toExternalForm());
        getDialogPane().setContent(form());
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("okButton");
        ok.disableProperty().bind(model.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? model.apply(current) : null);
    }

    /**
     * Checks a ranges text on its own, as the settings dialog would (comma or line separated);
     * for the main window's quick range field. Blank text is fine (no ranges).
     *
     * @return the engine's sentence for the first problem, or empty
     */
    public static Optional<String> rangeError(String text) {
        return SettingsValidation.rangesError(text);
    }

    public SettingsViewModel model() {
        return model;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("settings-form");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        grid.addRow(0, label("settings.interfaces"), interfacesBox());
        grid.addRow(1, label("settings.broadcasts"), field(textField("broadcastsField",
                model.broadcastsTextProperty(), "settings.broadcasts.prompt"),
                error("broadcastsError", model.broadcastsErrorProperty())));
        grid.addRow(2, label("settings.ranges"), field(rangesArea(),
                error("rangesError", model.rangesErrorProperty())));
        grid.addRow(3, label("settings.port"), field(textField("portField",
                model.portTextProperty(), null), error("portError", model.portErrorProperty())));
        grid.addRow(4, label("settings.timeout"), field(textField("timeoutField",
                model.timeoutTextProperty(), null),
                error("timeoutError", model.timeoutErrorProperty())));
        grid.addRow(5, label("settings.retries"), field(textField("retriesField",
                model.retriesTextProperty(), null),
                error("retriesError", model.retriesErrorProperty())));
        grid.addRow(6, label("settings.rate"), field(textField("rateField",
                model.rateTextProperty(), null), error("rateError", model.rateErrorProperty())));
        grid.addRow(7, label("settings.snmp"), checkBox("snmpBox", "settings.snmp.on", model.snmpEnabledProperty()));
        grid.addRow(8, label("settings.snmpPort"), field(textField("snmpPortField",
                model.snmpPortTextProperty(), null), error("snmpPortError", model.snmpPortErrorProperty())));
        grid.addRow(9, label("settings.community"), field(textField("communityField",
                model.communityTextProperty(), null), error("communityError", model.communityErrorProperty())));
        grid.addRow(10, label("settings.ipp"), checkBox("ippProbeBox", "settings.ipp.probe", model.ippProbeProperty()));
        grid.addRow(11, label("settings.certificates"), certificatesBox());
        grid.addRow(12, label("settings.mdns"), checkBox("mdnsBox", "settings.mdns.on", model.mdnsProperty()));
        grid.addRow(13, label("settings.monitoring"), checkBox("monitoringBox", "settings.monitoring.on",
                model.monitoringProperty()));
        grid.addRow(14, label("settings.refresh"), field(textField("refreshField",
                model.refreshTextProperty(), null), error("refreshError", model.refreshErrorProperty())));
        grid.addRow(15, label("settings.threshold"), field(textField("thresholdField",
                model.thresholdTextProperty(), null), error("thresholdError", model.thresholdErrorProperty())));
        grid.addRow(16, label("settings.database"), field(textField("databaseField",
                model.databaseTextProperty(), "settings.database.prompt"),
                error("databaseError", model.databaseErrorProperty())));
        grid.addRow(17, label("settings.keepDays"), field(textField("keepDaysField",
                model.keepDaysTextProperty(), null), error("keepDaysError", model.keepDaysErrorProperty())));
        grid.add(error("scopeError", model.scopeErrorProperty()), 0, 18, 2, 1);
        return grid;
    }

    private static CheckBox checkBox(String id, String textKey, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(Messages.get(textKey));
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    /** How many ipps certificates were accepted (from a printer's detail pane), and a button to forget them all. */
    private HBox certificatesBox() {
        Label count = new Label();
        count.setId("certificatesLabel");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.certificates().isEmpty()
                ? Messages.get("settings.certificates.none")
                : Messages.format("settings.certificates.some", String.valueOf(model.certificates().size())),
                model.certificates()));
        Button forget = new Button(Messages.get("settings.certificates.forget"));
        forget.setId("forgetCertificatesButton");
        forget.disableProperty().bind(Bindings.isEmpty(model.certificates()));
        forget.setOnAction(e -> model.forgetCertificates());
        HBox box = new HBox(8, count, forget);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox interfacesBox() {
        CheckBox all = new CheckBox(Messages.get("settings.interfaces.all"));
        all.setId("allInterfacesBox");
        all.selectedProperty().bindBidirectional(model.allInterfacesProperty());
        ListView<InterfaceChoice> list = new ListView<>(model.interfaces());
        list.setId("interfacesList");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(Messages.get("settings.interfaces.none")));
        list.setCellFactory(CheckBoxListCell.forListView(InterfaceChoice::selected));
        // With "all interfaces" on, the ticks are ignored, so say so by greying them out.
        list.disableProperty().bind(model.allInterfacesProperty());
        return new VBox(4, all, list);
    }

    private TextArea rangesArea() {
        TextArea area = new TextArea();
        area.setId("rangesField");
        area.setPrefRowCount(4);
        area.setPromptText(Messages.get("settings.ranges.prompt"));
        area.textProperty().bindBidirectional(model.rangesTextProperty());
        return area;
    }

    private static TextField textField(String id, StringProperty text, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        if (promptKey != null) {
            field.setPromptText(Messages.get(promptKey));
        }
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static VBox field(TextInputControl input, Label error) {
        return new VBox(2, input, error);
    }

    /** A red label that takes no space while its error is empty. */
    private static Label error(String id, ReadOnlyStringProperty error) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(ERROR_STYLE);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        GridPane.setValignment(label, VPos.TOP); // beside the field, not beside its error
        label.setMinWidth(Region.USE_PREF_SIZE); // the fields shrink, the labels stay readable
        return label;
    }
}
