package org.openenpc.ui.main;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.shape.Circle;

import org.openenpc.model.Printer;
import org.openenpc.model.PrinterStatus;
import org.openenpc.ui.Messages;

/**
 * Builds the printer table from column definitions over {@link PrinterRow} properties (PDFsam's
 * SelectionTable style). Sorting and filtering stay live during a scan: the rows come through a
 * SortedList bound to the table's comparator. FX thread only.
 */
public final class PrinterTable {

    private PrinterTable() {
    }

    public static TableView<PrinterRow> create(PrinterTableModel model, ObservableValue<String> placeholder) {
        TableView<PrinterRow> table = new TableView<>();
        table.setId("printerTable");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Rows are one line high: a fixed size spares the VirtualFlow measuring cells on every pulse.
        table.setFixedCellSize(24);
        table.getColumns().add(statusColumn());
        table.getColumns().add(attentionColumn());
        table.getColumns().add(suppliesColumn());
        table.getColumns().add(text("model", PrinterRow::modelProperty, 150));
        TableColumn<PrinterRow, String> ip = text("ip", PrinterRow::ipProperty, 120);
        ip.setComparator(Comparator.comparingLong(Printer::ipOrder));
        table.getColumns().add(ip);
        table.getColumns().add(text("mac", PrinterRow::macProperty, 140));
        table.getColumns().add(text("card", PrinterRow::cardProperty, 150));
        table.getColumns().add(text("summary", PrinterRow::summaryProperty, 200));
        table.getColumns().add(text("sources", PrinterRow::sourcesProperty, 130));
        TableColumn<PrinterRow, String> protocols = text("protocols", PrinterRow::protocolsProperty, 150);
        protocols.setCellFactory(col -> new ProtocolsCell());
        table.getColumns().add(protocols);
        table.getColumns().add(lastSeenColumn());
        // The user's own fields (kept in the inventory); location and asset tag start hidden: the
        // table's column chooser (the button at the header's right) shows them.
        table.getColumns().add(text("name", PrinterRow::nameProperty, 140));
        TableColumn<PrinterRow, String> location = text("location", PrinterRow::locationProperty, 140);
        location.setVisible(false);
        table.getColumns().add(location);
        TableColumn<PrinterRow, String> assetTag = text("assetTag", PrinterRow::assetTagProperty, 100);
        assetTag.setVisible(false);
        table.getColumns().add(assetTag);
        // What changed since the previous scan: shown with the Changes filter.
        TableColumn<PrinterRow, String> change = text("change", PrinterRow::changeProperty, 200);
        change.setVisible(false);
        table.getColumns().add(change);
        table.setTableMenuButtonVisible(true);
        table.setRowFactory(t -> new RememberedRow());
        SortedList<PrinterRow> sorted = new SortedList<>(model.filtered());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label empty = new Label();
        empty.getStyleClass().add("table-placeholder");
        empty.textProperty().bind(placeholder);
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getSortOrder().add(ip);
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<PrinterRow, ?>>) c ->
                model.setOrderingColumns(table.getSortOrder().stream().map(TableColumn::getId).toList()));
        model.setOrderingColumns(List.of("ip"));
        return table;
    }

    /**
     * Builds the table's row cells (rows, cells, skins, CSS) once while the window is idle, so that
     * a scan's first rows do not. A table creates them the first time it has rows, a screenful at
     * once (empty rows fill the rest): 30 rows took 50–120 ms in one pulse, the longest FX-thread
     * stall of a 10,000-printer scan. The cells outlive the rows (the table keeps them while it is
     * empty, with their graphics: see {@link FlashingCell#keepGraphic}), so the first scan reuses them.
     * The sample rows carry text in every column, and the table is drawn once into an image
     * ({@code snapshot}), so that the code that lays out and draws a row's text, dot, bars and badges has
     * run (and the JIT has started on it) before the first scan: that scan's first rows cost a layout pass
     * of 250 ms and a painting of 130 ms without. The sample rows are swapped in and out within one FX
     * event, with no pulse in between, so nothing of them is ever shown.
     */
    static void buildRowCells(TableView<PrinterRow> table) {
        ObservableList<PrinterRow> real = table.getItems();
        Scene scene = table.getScene();
        if (scene == null || !real.isEmpty()) {
            return;
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        int rows = (int) Math.ceil(Math.max(table.getHeight(), scene.getHeight()) / table.getFixedCellSize()) + 1;
        List<PrinterRow> samples = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            samples.add(new PrinterRow(SamplePrinter.numbered(i)));
        }
        table.setItems(FXCollections.observableArrayList(samples));
        table.applyCss();
        table.layout();
        table.snapshot(null, null);
        table.setItems(real);
    }

    private static TableColumn<PrinterRow, String> text(String id, Function<PrinterRow, ObservableValue<String>> value,
                                                       double width) {
        TableColumn<PrinterRow, String> c = new TableColumn<>(Messages.get("main.column." + id));
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(col -> new FlashingCell<>());
        return c;
    }

    private static TableColumn<PrinterRow, RowStatus> statusColumn() {
        TableColumn<PrinterRow, RowStatus> c = new TableColumn<>(Messages.get("main.column.status"));
        c.setId("status");
        c.setPrefWidth(130);
        c.setCellValueFactory(f -> f.getValue().rowStatusProperty());
        c.setComparator(RowStatus.WORST_FIRST); // offline, then ERROR, WARNING, OK, UNKNOWN
        c.setCellFactory(col -> new StatusCell());
        return c;
    }

    /**
     * Why a printer needs attention (error, low supply, offline), "" when it does not. Sorted
     * ascending, the printers needing attention come first.
     */
    private static TableColumn<PrinterRow, String> attentionColumn() {
        TableColumn<PrinterRow, String> c = text("attention", PrinterRow::attentionProperty, 170);
        c.setComparator(Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
        c.setCellFactory(col -> new FlashingCell<>() {
            @Override
            protected void show(String item) {
                super.show(item);
                boolean on = !item.isEmpty();
                if (getStyleClass().contains("attention-cell") != on) {
                    // Only when the state flips: a row's attention changes rarely.
                    if (on) {
                        getStyleClass().add("attention-cell");
                    } else {
                        getStyleClass().remove("attention-cell");
                    }
                }
            }
        });
        return c;
    }

    private static TableColumn<PrinterRow, List<org.openenpc.model.Supply>> suppliesColumn() {
        TableColumn<PrinterRow, List<org.openenpc.model.Supply>> c = new TableColumn<>(Messages.get("main.column.supplies"));
        c.setId("supplies");
        c.setPrefWidth(90);
        c.setCellValueFactory(f -> f.getValue().suppliesProperty());
        c.setComparator(SuppliesCell::order);
        c.setCellFactory(col -> new SuppliesCell());
        return c;
    }

    /**
     * A coloured dot and the level's word. The dot's colour is a pseudo-class (:ok, :warning,
     * :error, :unknown) set only when the level changes: replacing style classes on every update
     * made JavaFX rebuild the dot's whole style (a full CSS match) each time a cell was reused.
     */
    private static final class StatusCell extends FlashingCell<RowStatus> {
        private static final java.util.Map<PrinterStatus.Level, PseudoClass> PSEUDO = new java.util.EnumMap<>(
                PrinterStatus.Level.class);

        static {
            for (PrinterStatus.Level l : PrinterStatus.Level.values()) {
                PSEUDO.put(l, PseudoClass.getPseudoClass(l.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }

        private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");
        private boolean offlineShown;

        private final Circle dot = new Circle(5);
        private PrinterStatus.Level shown;

        StatusCell() {
            dot.getStyleClass().add("status-dot");
        }

        @Override
        protected void show(RowStatus status) {
            PrinterStatus.Level level = status.level();
            if (status.offline() != offlineShown) {
                offlineShown = status.offline();
                dot.pseudoClassStateChanged(OFFLINE, offlineShown);
            }
            if (level != shown) {
                if (shown != null) {
                    dot.pseudoClassStateChanged(PSEUDO.get(shown), false);
                }
                dot.pseudoClassStateChanged(PSEUDO.get(level), true);
                shown = level;
            }
            keepGraphic(dot, true);
            setText(PrinterRow.statusText(status));
        }

        @Override
        protected void clear() {
            setText(null);
            keepGraphic(dot, false);
        }
    }

    /**
     * A table row that is greyed (pseudo-class :remembered) while its printer is only known from the
     * inventory. Follows the row's status, which changes in place when a scan sees the printer.
     */
    private static final class RememberedRow extends javafx.scene.control.TableRow<PrinterRow> {
        private static final PseudoClass REMEMBERED = PseudoClass.getPseudoClass("remembered");
        private final javafx.beans.value.ChangeListener<RowStatus> follow = (o, a, b) -> show(b);
        private PrinterRow watched;

        @Override
        protected void updateItem(PrinterRow item, boolean empty) {
            super.updateItem(item, empty);
            PrinterRow now = empty ? null : item;
            if (now != watched) {
                if (watched != null) {
                    watched.rowStatusProperty().removeListener(follow);
                }
                watched = now;
                if (now != null) {
                    now.rowStatusProperty().addListener(follow);
                }
            }
            show(now == null ? null : now.rowStatus());
        }

        private void show(RowStatus status) {
            pseudoClassStateChanged(REMEMBERED, status != null && status.remembered());
        }
    }

    private static TableColumn<PrinterRow, Instant> lastSeenColumn() {
        TableColumn<PrinterRow, Instant> c = new TableColumn<>(Messages.get("main.column.lastSeen"));
        c.setId("lastSeen");
        c.setPrefWidth(90);
        c.setCellValueFactory(f -> f.getValue().lastSeenProperty());
        c.setCellFactory(col -> new FlashingCell<>() {
            @Override
            protected void show(Instant t) {
                setText(PrinterRow.sinceText(t));
            }
        });
        return c;
    }
}
