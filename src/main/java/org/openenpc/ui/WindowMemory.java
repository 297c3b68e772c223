package org.openenpc.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.controlsfx.control.MasterDetailPane;
import org.openenpc.ui.settings.AppSettings;
import org.openenpc.ui.settings.ColumnState;
import org.openenpc.ui.settings.WindowState;

/**
 * Restores and captures what the user arranged: window size and position, the detail divider,
 * column order, widths and visibility. FX thread only.
 */
final class WindowMemory {
    private WindowMemory() {
    }

    static void restore(AppSettings s, Stage stage, MasterDetailPane split, TableView<?> table) {
        WindowState w = s.window();
        stage.setWidth(w.width());
        stage.setHeight(w.height());
        boolean placed = w.x() != WindowState.CENTRE && w.y() != WindowState.CENTRE
                && !Screen.getScreensForRectangle(w.x(), w.y(), w.width(), w.height()).isEmpty();
        if (placed) {
            stage.setX(w.x());
            stage.setY(w.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(w.maximized());
        split.setDividerPosition(s.divider());
        restoreColumns(s.columns(), table);
    }

    static <T> void restoreColumns(List<ColumnState> states, TableView<T> table) {
        if (states.isEmpty()) {
            return;
        }
        Map<String, TableColumn<T, ?>> byId = new HashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<T, ?>> ordered = new ArrayList<>();
        for (ColumnState cs : states) {
            TableColumn<T, ?> c = byId.remove(cs.id());
            if (c != null) {
                c.setPrefWidth(cs.width());
                c.setVisible(cs.visible());
                ordered.add(c);
            }
        }
        table.getColumns().stream().filter(c -> byId.containsKey(c.getId())).forEach(ordered::add); // new columns last
        table.getColumns().setAll(ordered);
    }

    static AppSettings capture(AppSettings s, Stage stage, MasterDetailPane split, TableView<?> table) {
        WindowState w = stage.isMaximized() ? new WindowState(s.window().x(), s.window().y(), s.window().width(),
                s.window().height(), true)
                : new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        List<ColumnState> cols = table.getColumns().stream()
                .map(c -> new ColumnState(c.getId(), c.getWidth(), c.isVisible())).toList();
        return s.withWindow(w).withDivider(split.getDividerPosition()).withColumns(cols);
    }
}
