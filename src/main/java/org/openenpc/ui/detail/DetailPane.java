package org.openenpc.ui.detail;

import java.util.Objects;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.ui.Messages;

/**
 * The detail view of one printer: a header with the title and a status badge, the identity values
 * (selectable), the status in plain language, every raw reply with its unknown bytes, and the
 * actions Refresh, Open Web Config, Copy IP, Copy MAC and Copy all. A thin view over
 * {@link DetailViewModel}; what the buttons do outside the pane goes through {@link DetailActions}.
 * FX thread only.
 */
public final class DetailPane extends BorderPane {

    private final DetailViewModel model;
    private final DetailActions actions;
    private final DetailInventory inventory;
    private final UserFieldsView userFields;
    /** Made with the content, when the first printer is shown (a LineChart is costly to build, issue 14). */
    private SupplyHistoryChart chart;
    /** Ignores a supply history that arrives after another printer was selected. */
    private long chartRequest;

    public DetailPane(DetailActions actions) {
        this(actions, new DetailViewModel(), DetailInventory.NONE);
    }

    public DetailPane(DetailActions actions, DetailViewModel model) {
        this(actions, model, DetailInventory.NONE);
    }

    /** A pane that also edits the user's fields and shows the supply history ({@code inventory}). */
    public DetailPane(DetailActions actions, DetailViewModel model, DetailInventory inventory) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.model = Objects.requireNonNull(model, "model");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.userFields = new UserFieldsView(inventory);
        // Another device: a blank chart until its history arrives. A recorded round or an import: more of it.
        userFields.deviceIdProperty().addListener((o, was, now) -> {
            chart().show(java.util.List.of(), java.time.Instant.now());
            askHistory();
        });
        inventory.devicesChanged().addListener(o -> askHistory());
        getStyleClass().add(DetailStyles.PANE);
        getStylesheets().add(Objects.requireNonNull(DetailPane.class.getResource("detail.css")).toExternalForm());
        setTop(header());
        setCenter(contentWhenFirstShown());
        setBottom(buttons());
    }

    /** Shows {@code p}, or the placeholder when null. */
    public void show(Printer p) {
        model.show(p);
        userFields.show(p);
    }

    private SupplyHistoryChart chart() {
        if (chart == null) {
            chart = new SupplyHistoryChart();
        }
        return chart;
    }

    private void askHistory() {
        long request = ++chartRequest;
        java.util.OptionalLong id = userFields.deviceIdProperty().get();
        if (id.isPresent()) {
            inventory.supplyHistory(id.getAsLong(), series -> {
                if (request == chartRequest) {
                    chart().show(series, java.time.Instant.now());
                }
            });
        }
    }

    private void forget() {
        java.util.OptionalLong id = userFields.deviceIdProperty().get();
        Printer p = model.getPrinter();
        if (id.isEmpty() || p == null) {
            return;
        }
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Messages.format("detail.forget.confirm", model.titleProperty().get()),
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        confirm.setHeaderText(Messages.get("detail.forget.title"));
        confirm.getDialogPane().setId("forgetDialog");
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                .ifPresent(b -> inventory.forget(id.getAsLong(), p));
    }

    /** Asks before accepting the shown printer's ipps certificate; on yes the actions keep it and read the printer. */
    private void acceptCertificate() {
        Printer p = model.getPrinter();
        String sha = model.untrustedCertificateProperty().get();
        if (p == null || sha.isEmpty()) {
            return;
        }
        javafx.scene.control.ButtonType accept = new javafx.scene.control.ButtonType(
                Messages.get("detail.certificate.confirm.accept"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.Alert confirm = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION,
                Messages.format("detail.certificate.confirm", model.titleProperty().get(), p.ip(), sha),
                accept, javafx.scene.control.ButtonType.CANCEL);
        confirm.setHeaderText(Messages.get("detail.certificate.confirm.title"));
        confirm.getDialogPane().setId("acceptCertificateDialog");
        if (getScene() != null) {
            confirm.initOwner(getScene().getWindow());
        }
        confirm.showAndWait().filter(b -> b == accept).ifPresent(b -> actions.acceptCertificate(p, sha));
    }

    public DetailViewModel viewModel() {
        return model;
    }

    private Node header() {
        Label title = new Label();
        title.setId("titleLabel");
        title.getStyleClass().add(DetailStyles.TITLE);
        title.textProperty().bind(model.titleProperty());
        Label badge = new Label();
        badge.setId("statusBadge");
        badge.getStyleClass().add(DetailStyles.BADGE);
        badge.textProperty().bind(model.statusSummaryProperty());
        showOnlyWhenSelected(badge);
        model.levelProperty().addListener((obs, old, level) -> colour(badge, level));
        colour(badge, model.levelProperty().get());
        HBox header = new HBox(12, title, badge);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 8, 0));
        return header;
    }

    private static void colour(Label badge, PrinterStatus.Level level) {
        badge.getStyleClass().removeAll(DetailStyles.COLOURS);
        badge.getStyleClass().add(DetailStyles.of(level));
    }

    private Node placeholder() {
        Label placeholder = new Label(Messages.get("detail.placeholder"));
        placeholder.setId("placeholder");
        placeholder.getStyleClass().add(DetailStyles.PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(model.emptyProperty());
        return placeholder;
    }

    /**
     * The placeholder, and the content (a few hundred nodes, the chart among them) added when the first printer is
     * shown: styling and skinning them while hidden cost the window's first frame (issue 14).
     */
    private Node contentWhenFirstShown() {
        StackPane center = new StackPane(placeholder());
        if (!model.emptyProperty().get()) {
            center.getChildren().add(content());
            return center;
        }
        model.emptyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean empty) {
                if (!empty) {
                    o.removeListener(this);
                    center.getChildren().add(content());
                }
            }
        });
        return center;
    }

    private Node content() {
        TextArea raw = new TextArea();
        raw.setId("rawText");
        raw.setEditable(false);
        raw.setWrapText(false); // the hex dump's columns and marker lines must stay aligned
        raw.setPrefRowCount(18);
        raw.getStyleClass().add(DetailStyles.RAW);
        raw.textProperty().bind(model.rawTextProperty());
        VBox box = new VBox(4, section("identity"), new IdentityGrid(model.getIdentityRows()));
        if (inventory != DetailInventory.NONE) {
            box.getChildren().addAll(section("user"), userFields);
        }
        box.getChildren().addAll(section("status"), new StatusLinesView(model.getStatusLines()),
                section("snmp"), snmpMissing(), new SuppliesView(model.getSupplies()),
                new StatusLinesView(model.getSnmpLines(), "snmpLines"), new IdentityGrid(model.getSnmpRows()),
                new UntrustedCertificateView(model, this::acceptCertificate), new IppSectionView(model));
        if (inventory != DetailInventory.NONE) {
            box.getChildren().addAll(section("history"), chart());
        }
        box.getChildren().addAll(section("raw"), raw);
        VBox.setVgrow(raw, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("detailContent");
        scroll.setFitToWidth(true);
        showOnlyWhenSelected(scroll);
        return scroll;
    }

    private Node snmpMissing() {
        Label l = new Label(Messages.get("detail.snmp.missing"));
        l.setId("snmpMissing");
        l.getStyleClass().add(DetailStyles.PLACEHOLDER_INLINE);
        l.setWrapText(true);
        l.visibleProperty().bind(model.snmpMissingProperty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Label section(String name) {
        Label l = new Label(DetailViewModel.heading(name));
        l.getStyleClass().add(DetailStyles.SECTION);
        return l;
    }

    private Node buttons() {
        Button refresh = button("refreshButton", "detail.button.refresh", model.emptyProperty());
        refresh.setOnAction(e -> actions.refresh(model.getPrinter()));
        Button web = button("webConfigButton", "detail.button.webConfig", model.ipProperty().isEmpty());
        web.setOnAction(e -> actions.openWebConfig(model.webConfigUrl()));
        Button copyIp = button("copyIpButton", "detail.button.copyIp", model.ipProperty().isEmpty());
        copyIp.setOnAction(e -> actions.copy(model.ipProperty().get()));
        // Disabled as well while the MAC is unknown: copying a dash helps nobody.
        Button copyMac = button("copyMacButton", "detail.button.copyMac", model.macProperty().isEmpty());
        copyMac.setOnAction(e -> actions.copy(model.macProperty().get()));
        Button copyAll = button("copyAllButton", "detail.button.copyAll", model.emptyProperty());
        copyAll.setOnAction(e -> actions.copy(model.allAsText()));
        // A flow, not a row: in a narrow detail pane the buttons wrap instead of being cut to "Cop…".
        FlowPane bar = new FlowPane(6, 6, refresh, web, copyIp, copyMac, copyAll);
        if (inventory != DetailInventory.NONE) {
            Button forget = button("forgetButton", "detail.button.forget", javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> userFields.deviceIdProperty().get().isEmpty(), userFields.deviceIdProperty()));
            forget.setOnAction(e -> forget());
            bar.getChildren().add(forget);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    private static Button button(String id, String textKey, ObservableValue<Boolean> disabled) {
        Button b = new Button(Messages.get(textKey));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.disableProperty().bind(disabled);
        return b;
    }

    private void showOnlyWhenSelected(Node node) {
        node.visibleProperty().bind(model.emptyProperty().not());
        node.managedProperty().bind(node.visibleProperty());
    }
}
