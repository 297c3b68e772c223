package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.sim.SimError;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.main.PrinterRow;
import org.openenpc.ui.support.DemoWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's real SNMP and monitoring wiring in demo mode: the scan with its SNMP reads, the
 * supplies column, the attention sort, and monitoring rounds (a unicast scan of the known printers
 * plus SNMP, all on loopback) that raise a notification when a simulated printer jams.
 */
@ExtendWith(ApplicationExtension.class)
class MonitoringWindowTest {

    private static final String INKJET = "127.0.77.20";
    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = DemoWindow.open(stage, 1280, 760);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private TableView<PrinterRow> table() {
        return context.controller().table();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return DemoWindow.fx(c);
    }

    private PrinterRow row(String ip) throws Exception {
        return fx(() -> context.viewModel().table().row(ip));
    }

    private void scanAndReadSnmp(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> !context.viewModel().isScanning()
                && fx(() -> table().getItems().size()) == DemoMode.COUNT
                && row(INKJET) != null && row(INKJET).printer().snmp() != null
                && row(DemoMode.JAMMED_INKJET).printer().snmp() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSuppliesColumnDrawsOneBarPerSupplyAndAttentionSortsToTheTop(FxRobot robot) throws Exception {
        scanAndReadSnmp(robot);
        assertThat(row(DemoMode.JAMMED_INKJET).attentionProperty().get()).contains("Paper jam");
        assertThat(row("127.0.77.30").printer().snmp()).isNull(); // the scanner has no SNMP
        TableColumn<PrinterRow, ?> attention = fx(() -> table().getColumns().stream()
                .filter(c -> "attention".equals(c.getId())).findFirst().orElseThrow());
        robot.interact(() -> {
            table().getSortOrder().setAll(List.of(attention));
            attention.setSortType(TableColumn.SortType.ASCENDING);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Boolean> flags = fx(() -> table().getItems().stream().map(PrinterRow::needsAttention).toList());
        int needing = (int) flags.stream().filter(b -> b).count();
        assertThat(needing).isGreaterThanOrEqualTo(3); // cover open, paper end, offline TM, jam, waste ink…
        assertThat(flags.subList(0, needing)).containsOnly(true);
        assertThat(flags.subList(needing, flags.size())).containsOnly(false);

        // The inkjets sort to the top once filtered; their supplies cells show four coloured bars and the
        // waste-ink pad's.
        robot.interact(() -> context.viewModel().table().filterProperty().set("127.0.77.2"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> tracks = fx(() -> robot.lookup(".mini-supplies").queryAll().stream()
                .filter(Node::isVisible)
                .flatMap(n -> ((javafx.scene.layout.HBox) n).getChildren().stream().filter(Node::isVisible)).toList());
        // inkjet 4 + pad + inkjet 4 + pad + ET-2850 6 + laser 1
        assertThat(tracks).hasSize(17);
        assertThat(tracks.stream().filter(n -> n.getPseudoClassStates().contains(SupplyColours.UNKNOWN)).count())
                .isEqualTo(6);
    }

    @Test
    void monitoringAnnouncesAnErrorRaisedBetweenTwoRefreshes(FxRobot robot) throws Exception {
        scanAndReadSnmp(robot);
        Instant before = row(INKJET).printer().lastSeen();
        robot.interact(() -> context.viewModel().setMonitoring(true, Duration.ofMillis(800)));
        // A first round answered (its snapshot is newer) without any alert.
        await().atMost(Duration.ofSeconds(15)).until(() -> row(INKJET).printer().lastSeen().isAfter(before));
        assertThat(context.lastAlertProperty().get()).isEmpty();
        context.demo().simulator().at(INKJET).raise(SimError.PAPER_JAM);
        await().atMost(Duration.ofSeconds(15)).until(() -> fx(() -> robot.lookup(".notification-bar .label")
                .queryAllAs(Label.class).stream().anyMatch(l -> l.getText() != null
                        && l.getText().equals("ET-2850 Series (127.0.77.20): Paper jam"))));
        assertThat(context.lastAlertProperty().get()).isEqualTo("ET-2850 Series (127.0.77.20): Paper jam");
        assertThat(row(INKJET).statusTextProperty().get()).isEqualTo("Error");
        assertThat(row(INKJET).attentionProperty().get()).isEqualTo("Paper jam");
        assertThat(fx(() -> table().getItems().size())).isEqualTo(DemoMode.COUNT); // nothing vanished
    }
}
