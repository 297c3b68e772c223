package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window in demo mode with printers that answer IPP: other makers' IPP-only printers next to the Epson
 * inkjets that answer ENPC, SNMP and IPP, one row each with its protocol badges, the detail pane's IPP section, and
 * a paper jam the simulator raises seen after a refresh. Loopback only (no DNS-SD). Screenshots in target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class IppWindowTest {

    /** An Epson inkjet of the demo: ENPC, SNMP and IPP. */
    private static final String EPSON_INKJET = "127.0.77.20";

    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        context = DemoWindow.open(stage, 1280, 800);
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

    private List<PrinterRow> rowsAt(String ip) throws Exception {
        return fx(() -> table().getItems().stream().filter(r -> r.ipProperty().get().equals(ip)).toList());
    }

    private void scanAll(FxRobot robot) throws Exception {
        robot.clickOn("#scanButton");
        await().atMost(Duration.ofSeconds(20)).until(() -> !context.viewModel().isScanning()
                && fx(() -> table().getItems().size()) == DemoMode.COUNT
                && fx(() -> context.viewModel().table().row(DemoMode.IPP_LASER) != null
                        && context.viewModel().table().row(EPSON_INKJET).printer().ipp() != null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible protocol badges of the table row showing {@code ip}. */
    private List<String> badges(FxRobot robot, String ip) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof PrinterRow p && p.ipProperty().get().equals(ip))
                .flatMap(r -> r.lookupAll(".protocol-badge").stream())
                .filter(Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }

    /** The IPP section's facts, label to value, as the pane shows them. */
    private Map<String, String> ippFacts(FxRobot robot) {
        List<Label> labels = new ArrayList<>(robot.lookup("#ippRows .detail-label").queryAllAs(Label.class));
        Map<String, String> out = new LinkedHashMap<>();
        for (Label l : labels) {
            out.put(l.getText(), ((TextField) l.getLabelFor()).getText());
        }
        return out;
    }

    private List<String> ippLineTexts(FxRobot robot) {
        return robot.lookup("#ippLines .status-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Scrolls the detail pane so that {@code query}'s node starts at its top. */
    private void scrollDetailTo(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#detailContent").queryAs(javafx.scene.control.ScrollPane.class);
            Node target = robot.lookup(query).query();
            scroll.layout();
            double y = scroll.getContent().sceneToLocal(target.localToScene(0, 0)).getY();
            double range = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String ip) {
        robot.clickOn(robot.lookup(".table-cell").match(LabeledMatchers.hasText(ip)).<Node>query());
    }

    @Test
    void ippOnlyPrintersAndTheEpsonInkjetAreOneRowEachWithTheirBadgesAndSupplies(FxRobot robot) throws Exception {
        scanAll(robot);
        List<PrinterRow> laser = rowsAt(DemoMode.IPP_LASER);
        assertThat(laser).hasSize(1);
        assertThat(fx(() -> laser.get(0).protocolsProperty().get())).isEqualTo("IPP");
        assertThat(fx(() -> laser.get(0).printer().supplies())).isNotEmpty()
                .allSatisfy(s -> assertThat(s.source()).isEqualTo("IPP"));
        assertThat(fx(() -> laser.get(0).modelProperty().get())).isEqualTo("Kyocera ECOSYS P3145dn");
        List<PrinterRow> canon = rowsAt(DemoMode.IPP_INKJET);
        assertThat(canon).hasSize(1);
        assertThat(fx(() -> canon.get(0).printer().supplies())).hasSizeGreaterThanOrEqualTo(4);
        List<PrinterRow> epson = rowsAt(EPSON_INKJET);
        assertThat(epson).hasSize(1);
        assertThat(fx(() -> epson.get(0).protocolsProperty().get())).isEqualTo("ENPC SNMP IPP");
        // One row per device: no IP twice.
        assertThat(fx(() -> table().getItems().stream().map(r -> r.ipProperty().get()).distinct().count()))
                .isEqualTo(DemoMode.COUNT);

        // The badges and supply bars as drawn: bring the Protocols column into view.
        robot.interact(() -> {
            TableColumn<PrinterRow, ?> protocols = table().getColumns().stream()
                    .filter(c -> "protocols".equals(c.getId())).findFirst().orElseThrow();
            table().scrollToColumn(protocols);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badges(robot, DemoMode.IPP_LASER)).containsExactly("IPP");
        assertThat(badges(robot, DemoMode.IPP_INKJET)).containsExactly("IPP");
        assertThat(badges(robot, EPSON_INKJET)).containsExactly("ENPC", "SNMP", "IPP");
        ScreenshotTest.save(stage, "ipp-table.png");
    }

    @Test
    void theIppPrintersDetailShowsItsStateAndRawAttributesAndAJamAfterARefresh(FxRobot robot) throws Exception {
        scanAll(robot);
        select(robot, DemoMode.IPP_LASER);
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> robot.lookup("#ippSection").query().isVisible()));
        Map<String, String> facts = fx(() -> ippFacts(robot));
        assertThat(facts).containsEntry("State", "idle").containsEntry("State reasons", "\u2014")
                .containsEntry("Make and model", "Kyocera ECOSYS P3145dn");
        assertThat(facts.get("Printer URI")).startsWith("ipp://" + DemoMode.IPP_LASER + ":").endsWith("/ipp/print");
        assertThat(facts.get("Web page")).startsWith("http://" + DemoMode.IPP_LASER + ":");
        assertThat(fx(() -> ippLineTexts(robot))).containsExactly("No errors or warnings reported over IPP");
        assertThat(fx(() -> robot.lookup("#statusBadge").queryAs(Label.class).getText())).isEqualTo("IPP: idle");
        // Its own web page (same address) is what Open Web Config opens.
        assertThat(fx(() -> ((org.openenpc.ui.detail.DetailPane) context.detailNode()).viewModel().webConfigUrl()))
                .isEqualTo(facts.get("Web page"));

        TitledPane raw = fx(() -> robot.lookup("#ippRaw").queryAs(TitledPane.class));
        assertThat(fx(raw::isExpanded)).isFalse();
        assertThat(fx(raw::getText)).startsWith("Every IPP attribute as received (");
        robot.interact(() -> raw.setExpanded(true));
        assertThat(fx(raw::isExpanded)).isTrue();
        String rawText = fx(() -> robot.lookup("#ippRawText").queryAs(TextArea.class).getText());
        assertThat(rawText).startsWith("operation-attributes\n")
                .contains("printer-attributes\n", "  printer-make-and-model (textWithoutLanguage): Kyocera ECOSYS P3145dn\n",
                        "  printer-state (enum): 3\n", "  printer-state-reasons (keyword): none\n");
        scrollDetailTo(robot, "#ippSection");
        ScreenshotTest.save(stage, "ipp-detail.png");

        // A jam, seen after the detail pane's Refresh (one printer, IPP at the URI it answered at).
        context.demo().simulator().at(DemoMode.IPP_LASER).raise(SimError.PAPER_JAM);
        robot.clickOn("#refreshButton");
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() ->
                robot.lookup("#statusBadge").queryAs(Label.class).getText()).contains("Paper jam"));
        assertThat(fx(() -> ippLineTexts(robot))).contains("Paper jam");
        assertThat(fx(() -> ippFacts(robot))).containsEntry("State reasons", "media-jam-error")
                .containsEntry("State", "stopped");
        PrinterRow row = rowsAt(DemoMode.IPP_LASER).get(0);
        assertThat(fx(() -> row.attentionProperty().get())).contains("Paper jam");

        // And a cover opened meanwhile, seen after a monitoring round of every known printer; nobody goes offline.
        context.demo().simulator().at(DemoMode.IPP_LASER).raise(SimError.COVER_OPEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> context.viewModel().refreshNow()));
        await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> row.attentionProperty().get()).contains("Cover open"));
        assertThat(fx(() -> row.attentionProperty().get())).doesNotContain("Offline");
        scrollDetailTo(robot, "#ippSection");
        ScreenshotTest.save(stage, "ipp-jam.png");
    }
}
