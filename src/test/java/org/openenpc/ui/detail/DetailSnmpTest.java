package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.model.Printer;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.sim.SimError;
import org.openenpc.ui.SupplyColours;
import org.openenpc.ui.support.SimSnmp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The detail pane's supplies and SNMP section, fed with real reads of simulated printers on loopback. */
@ExtendWith(ApplicationExtension.class)
class DetailSnmpTest {

    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");
    private DetailPane pane;
    private SimSnmp sim;

    @Start
    void start(Stage stage) throws Exception {
        sim = new SimSnmp(List.of(PrinterSpec.of("127.0.91.1", PrinterProfile.INKJET),
                PrinterSpec.of("127.0.91.2", PrinterProfile.ET_2850)));
        pane = new DetailPane(new DetailActions() {
            @Override
            public void refresh(Printer p) {
            }

            @Override
            public void openWebConfig(String url) {
            }

            @Override
            public void copy(String text) {
            }
        });
        stage.setScene(new Scene(pane, 820, 900));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        sim.close();
    }

    private List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void anInkjetWithAPaperJamShowsItsBarsTheErrorAndItsHint(FxRobot robot) throws Exception {
        sim.simulator().at("127.0.91.1").raise(SimError.PAPER_JAM);
        Printer p = sim.printer("127.0.91.1", "ET-2850 Series", AT);
        robot.interact(() -> pane.show(p));
        List<ProgressBar> bars = robot.lookup("#supplies .supply-bar").queryAllAs(ProgressBar.class).stream().toList();
        // The four ST2 inks, then the waste-ink pad only the Printer-MIB reports.
        assertThat(bars).hasSize(p.snmp().supplies().size()).hasSize(5);
        assertThat(texts(robot, "#supplies .supply-name")).containsExactly("Black ink", "Cyan ink", "Magenta ink",
                "Yellow ink", "Waste Ink Pad");
        for (int i = 0; i < 4; i++) {
            int percent = p.snmp().supplies().get(i).percent();
            assertThat(bars.get(i).getProgress()).isEqualTo(percent / 100.0);
            assertThat(texts(robot, "#supplies .supply-level").get(i)).isEqualTo(percent + " %");
        }
        assertThat(bars.get(1).getPseudoClassStates()).contains(SupplyColours.of("cyan"))
                .doesNotContain(SupplyColours.UNKNOWN);
        assertThat(texts(robot, "#snmpLines .status-text")).containsExactly("Paper jam");
        assertThat(texts(robot, "#snmpLines .status-hint")).containsExactly("Open the cover and remove the jammed paper.");
        for (javafx.scene.Node n : robot.lookup("#snmpLines .status-dot").queryAll()) {
            assertThat(n.getStyleClass()).contains("status-error");
        }
        assertThat(robot.lookup("#snmpMissing").query().isVisible()).isFalse();
        // no ENPC status: the status section points at the SNMP section instead of Web Config
        assertThat(p.status().reported()).isFalse();
        assertThat(robot.lookup(".status-text").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText)).contains(
                "This device does not report ESC/POS status over ENPC; its status comes from SNMP.");
        String all = robot.lookup("#detailContent").queryAs(javafx.scene.control.ScrollPane.class).getContent()
                .lookupAll(".text-field").stream().map(n -> ((javafx.scene.control.TextField) n).getText()).toList()
                .toString();
        assertThat(all).contains(p.snmp().serial(), p.snmp().sysName(), p.snmp().sysDescr(), "loopback 127.0.91.1");
        assertThat(robot.lookup("#rawText").queryAs(TextArea.class).getText()).contains("SNMP @BDC ST2 value")
                .contains("0000  40 42 44 43 20 53 54 32");
    }

    @Test
    void eachLevelNamesItsSourceAndALevelOnlyThePrinterMibKnowsIsShown(FxRobot robot) throws Exception {
        sim.simulator().at("127.0.91.1").setSt2LevelReported(0, false); // ST2: black 0x69, level not reported
        Printer p = sim.printer("127.0.91.1", "ET-2850 Series", AT);
        robot.interact(() -> pane.show(p));
        assertThat(texts(robot, "#supplies .supply-name")).containsExactly("Black Ink Bottle", "Cyan ink",
                "Magenta ink", "Yellow ink", "Waste Ink Pad");
        assertThat(texts(robot, "#supplies .supply-source")).containsExactly("Printer-MIB", "ST2", "ST2", "ST2",
                "Printer-MIB");
        List<String> levels = texts(robot, "#supplies .supply-level");
        assertThat(levels.get(0)).isEqualTo(p.snmp().supplies().get(0).percent() + " %").doesNotContain("unknown");
        assertThat(levels.get(4)).isEqualTo("88 % space left");
        List<Label> sources = robot.lookup("#supplies .supply-source").queryAllAs(Label.class).stream().toList();
        assertThat(sources.get(0).getTooltip().getText()).contains("Printer-MIB");
        assertThat(sources.get(1).getTooltip().getText()).contains("ST2");
        // The source labels form one column, whatever each says.
        assertThat(sources).extracting(Label::getLayoutX).containsOnly(sources.get(0).getLayoutX());
        assertThat(sources).extracting(Label::getWidth).containsOnly(SuppliesView.SOURCE_WIDTH);
    }

    @Test
    void unknownLevelsAreShownAsUnknownAndTheWasteInkPadGetsItsServiceHint(FxRobot robot) throws Exception {
        Printer p = sim.printer("127.0.91.2", "ET-2850 Series", AT);
        robot.interact(() -> pane.show(p));
        List<ProgressBar> bars = robot.lookup("#supplies .supply-bar").queryAllAs(ProgressBar.class).stream().toList();
        assertThat(bars).hasSize(6);
        assertThat(bars.get(0).getPseudoClassStates()).contains(SupplyColours.UNKNOWN);
        assertThat(bars.get(0).getProgress()).isZero();
        assertThat(texts(robot, "#supplies .supply-level").get(0)).isEqualTo("Level unknown (level not reported)")
                .doesNotContain("0 %").doesNotContain("100");
        assertThat(texts(robot, "#snmpLines .status-hint")).contains(
                "The waste-ink pad is full: the printer needs service (Epson or an authorised repairer).");
    }

    @Test
    void aPrinterThatStoppedAnsweringSnmpShowsItsLastAnswerUnderAWarning(FxRobot robot) throws Exception {
        Printer read = sim.printer("127.0.91.1", "ET-2850 Series", AT);
        Printer p = new Printer(read.ip(), read.mac(), read.model(), read.cardName(), read.nicName(), read.ipSettings(),
                read.status(), read.holder(), read.sources(), read.answered(), read.replies(), read.firstSeen(),
                read.lastSeen(), read.snmp().silent(AT.plusSeconds(600)));
        robot.interact(() -> pane.show(p));
        assertThat(texts(robot, "#snmpLines .status-text")).first().asString()
                .startsWith("SNMP has not answered since ");
        assertThat(texts(robot, "#snmpLines .status-hint")).first().asString()
                .startsWith("Levels and conditions below are its last answer, read at ")
                .contains("printer's Web Config");
        javafx.scene.Node firstDot = robot.lookup("#snmpLines .status-dot").queryAll().iterator().next();
        assertThat(firstDot.getStyleClass()).contains("status-warning");
        assertThat(robot.lookup("#supplies .supply-bar").queryAll()).hasSize(5); // the last known levels, still shown
        assertThat(org.openenpc.ui.PrinterHealth.attention(p, 15, false)).startsWith("SNMP not answering");
        assertThat(org.openenpc.ui.PrinterHealth.attention(read, 15, false)).doesNotContain("SNMP");
    }

    @Test
    void aPrinterWithoutSnmpSaysSo(FxRobot robot) {
        robot.interact(() -> pane.show(VectorPrinters.full("127.0.1.5", AT)));
        Label missing = robot.lookup("#snmpMissing").queryAs(Label.class);
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getText()).isEqualTo("No SNMP status (the printer did not answer SNMP, or SNMP is off).");
        assertThat(robot.lookup("#supplies .supply-bar").queryAll()).isEmpty();
        assertThat(robot.lookup("#snmpLines .status-text").queryAll()).isEmpty();
    }

    @Test
    void everyDocumentedConditionKeyHasItsOwnHintAndOthersGetTheGenericOne() {
        for (String key : SnmpLines.KNOWN_KEYS) {
            assertThat(SnmpLines.hint(key)).as(key).isNotEqualTo(SnmpLines.hint("st2-error-0x99")).doesNotStartWith("!");
        }
        assertThat(SnmpLines.hint("alert-1234")).isEqualTo("See the printer's panel or Web Config page for this code.");
    }
}
