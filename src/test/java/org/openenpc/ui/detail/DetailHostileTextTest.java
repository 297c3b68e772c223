package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.model.HostileText;
import org.openenpc.model.Printer;
import org.openenpc.model.SafeText;
import org.openenpc.protocol.Hex;
import org.openenpc.sim.PrinterProfile;
import org.openenpc.sim.PrinterSpec;
import org.openenpc.snmp.PrinterOids;
import org.openenpc.ui.Messages;
import org.openenpc.ui.support.SimSnmp;
import org.snmp4j.smi.Integer32;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The detail pane and "Copy all" show device text escaped: a simulated laser on loopback sends escape
 * sequences, CR LF, C1 and bidi controls in sysName, sysLocation, an alert and a supply name, and the
 * model (as a scan would take it from sysDescr) holds them too.
 */
@ExtendWith(ApplicationExtension.class)
class DetailHostileTextTest {

    private static final String IP = "127.0.94.1";
    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");
    private static final String ALERT = HostileText.CLEAR + "Fuser" + HostileText.FORGED_ROW;
    private static final String SUPPLY = "Toner" + HostileText.C1_CSI + HostileText.RLO;
    private final List<String> copied = new ArrayList<>();
    private DetailPane pane;
    private SimSnmp sim;

    @Start
    void start(Stage stage) throws Exception {
        String alert = PrinterOids.PRT_ALERT_ENTRY + ".%d.1.9";
        sim = new SimSnmp(List.of(PrinterSpec.of(IP, PrinterProfile.LASER)
                .withSnmpText(PrinterOids.SYS_NAME, HostileText.utf8())
                .withSnmpText(PrinterOids.SYS_LOCATION, HostileText.latin1())
                .withSnmpObject(String.format(alert, PrinterOids.ALERT_SEVERITY), new Integer32(3))
                .withSnmpObject(String.format(alert, PrinterOids.ALERT_CODE), new Integer32(9999))
                .withSnmpText(String.format(alert, PrinterOids.ALERT_DESCRIPTION), ALERT.getBytes(StandardCharsets.UTF_8))
                .withSnmpText(PrinterOids.PRT_SUPPLIES_ENTRY + "." + PrinterOids.SUPPLIES_DESCRIPTION + ".1.1",
                        SUPPLY.getBytes(StandardCharsets.UTF_8))));
        pane = new DetailPane(new DetailActions() {
            @Override
            public void refresh(Printer p) {
            }

            @Override
            public void openWebConfig(String url) {
            }

            @Override
            public void copy(String text) {
                copied.add(text);
            }
        });
        stage.setScene(new Scene(pane, 820, 700)); // within Monocle's headless screen, so the buttons can be clicked
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        sim.close();
    }

    @Test
    void everyLabelFieldAndTheCopiedTextShowTheEscapedForm(FxRobot robot) throws Exception {
        Printer p = sim.printer(IP, HostileText.ALL, AT);
        robot.interact(() -> pane.show(p));

        List<String> shown = new ArrayList<>();
        robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class).forEach(l -> shown.add(l.getText()));
        robot.lookup(n -> n instanceof TextInputControl).queryAllAs(TextInputControl.class)
                .forEach(t -> shown.add(t.getText()));
        assertThat(shown).allSatisfy(t -> assertThat(HostileText.rawControls(bytes(t))).as(t).isEmpty());
        assertThat(shown).contains(SafeText.escape(HostileText.ALL), // the title and the model field
                SafeText.escape(HostileText.ALL), // sysName
                Hex.of(HostileText.utf8()), // sysName's raw bytes
                SafeText.escape(HostileText.latin1Text()), Hex.of(HostileText.latin1()),
                SafeText.escape(ALERT), SafeText.escape(SUPPLY));
        assertThat(robot.lookup("#titleLabel").queryLabeled().getText()).isEqualTo(SafeText.escape(HostileText.ALL));

        robot.clickOn("#copyAllButton");
        assertThat(copied).singleElement().satisfies(text -> {
            assertThat(HostileText.rawControls(bytes(text))).isEmpty();
            assertThat(HostileText.forgedLines(text)).isEmpty();
            assertThat(text).contains(SafeText.escape(ALERT), SafeText.escape(SUPPLY),
                    Messages.format("detail.snmp.raw", Messages.get("detail.snmp.sysName")));
        });
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
