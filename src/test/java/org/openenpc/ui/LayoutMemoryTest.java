package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.TableColumn;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.ui.main.PrinterRow;
import org.openenpc.ui.settings.SettingsStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Window size, divider and column order/widths survive closing and reopening the window. */
@ExtendWith(ApplicationExtension.class)
class LayoutMemoryTest {

    @Test
    void layoutIsRememberedAcrossRestarts() throws Exception {
        Path file = Files.createTempDirectory("openenpc-layout").resolve("settings.json");
        WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            AppContext first = new AppContext(stage, null, null, new SettingsStore(file), List::of);
            stage.setScene(first.createScene());
            stage.show();
            stage.setWidth(1000);
            stage.setHeight(700);
            var table = first.controller().table();
            TableColumn<PrinterRow, ?> mac = table.getColumns().stream().filter(c -> c.getId().equals("mac"))
                    .findFirst().orElseThrow();
            table.getColumns().remove(mac);
            table.getColumns().add(0, mac);
            mac.setPrefWidth(222);
            first.controller().masterDetail().setDividerPosition(0.5);
            first.viewModel().table().filterProperty().set("TM-m30");
            stage.close();
            first.close();
            return null;
        }).get();
        assertThat(Files.readString(file)).contains("\"mac\"");
        List<String> ids = WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            AppContext second = new AppContext(stage, null, null, new SettingsStore(file), List::of);
            stage.setScene(second.createScene());
            stage.show();
            var table = second.controller().table();
            List<String> out = new java.util.ArrayList<>(table.getColumns().stream().map(TableColumn::getId).toList());
            out.add(String.valueOf(table.getColumns().get(0).getPrefWidth()));
            out.add(String.valueOf(stage.getWidth()));
            out.add(String.valueOf(second.controller().masterDetail().getDividerPosition()));
            out.add(second.viewModel().table().filterProperty().get());
            stage.close();
            second.close();
            return out;
        }).get();
        assertThat(ids.subList(0, 15)).containsExactly("mac", "status", "attention", "supplies", "model", "ip", "card",
                "summary", "sources", "protocols", "lastSeen", "name", "location", "assetTag", "change");
        assertThat(ids.get(15)).isEqualTo("222.0");
        assertThat(ids.get(16)).isEqualTo("1000.0");
        assertThat(Double.parseDouble(ids.get(17))).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ids.get(18)).isEqualTo("TM-m30");
    }
}
