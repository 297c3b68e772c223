package org.openenpc.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog on the headless Monocle toolkit, over fake interfaces (nothing is sent). */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogTest {
    private SettingsDialog dialog;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
        dialog = new SettingsDialog(AppSettings.defaults(), FakeInterfaces.twoNics());
        dialog.initOwner(stage);
        dialog.show(); // non-blocking, unlike showAndWait()
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anInvalidRangeShowsTheEngineSentenceAndDisablesOk(FxRobot robot) {
        Node ok = robot.lookup("#okButton").query();
        Label error = robot.lookup("#rangesError").queryAs(Label.class);
        assertThat(ok.isDisabled()).isFalse();
        assertThat(error.isVisible()).isFalse();

        robot.clickOn("#rangesField").write("127.0.0.300/24");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).contains("127.0.0.300/24")
                .isEqualTo(SettingsDialog.rangeError("127.0.0.300/24").orElseThrow());
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getStyleClass()).contains("field-error");
        assertThat(ok.isDisabled()).isTrue();

        TextInputControl ranges = robot.lookup("#rangesField").queryAs(TextInputControl.class);
        robot.interact(ranges::clear);
        robot.clickOn("#rangesField").write("127.0.0.30/24");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEmpty();
        assertThat(error.isVisible()).isFalse();
        assertThat(ok.isDisabled()).isFalse();
    }

    @Test
    void showsEveryFieldAndTheInterfacesWithTheirBroadcasts(FxRobot robot) {
        for (String id : new String[] {"#broadcastsField", "#broadcastsError", "#portField",
            "#portError", "#timeoutField", "#retriesField", "#rateField", "#interfacesList"}) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        ListView<?> list = robot.lookup("#interfacesList").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Object::toString)
                .containsExactly("eth0 — 192.0.2.20/24 → 192.0.2.255",
                        "wlan0 — 198.51.100.7/24 → 198.51.100.255");
        assertThat(robot.lookup("192.0.2.20/24").tryQuery()).isEmpty(); // shown inside rows
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("192.0.2.255")).tryQuery()).isPresent();
    }

    @Test
    void badPortDisablesOkAndOkReturnsTheEditedSettings(FxRobot robot) {
        TextInputControl port = robot.lookup("#portField").queryAs(TextInputControl.class);
        robot.interact(port::clear);
        robot.clickOn("#portField").write("70000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#portError").queryAs(Label.class).getText())
                .isEqualTo("Port must be a whole number from 1 to 65535.");
        assertThat(robot.lookup("#okButton").query().isDisabled()).isTrue();

        robot.interact(port::clear);
        robot.clickOn("#portField").write("23289");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isEqualTo(AppSettings.defaults().withPort(23289)
                .withInterfaces(true, java.util.List.of("eth0", "wlan0")));
    }

    @Test
    void theIppProbeBoxIsOffAndItsTickIsReturned(FxRobot robot) throws Exception {
        javafx.scene.control.CheckBox box = robot.lookup("#ippProbeBox").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(box.getText()).isEqualTo("Ask every address over IPP (probe port 631)");
        assertThat(box.isSelected()).isFalse();
        robot.clickOn("#ippProbeBox");
        WaitForAsyncUtils.waitForFxEvents();
        // The whole dialog, to check the new row sits with the SNMP ones.
        org.openenpc.ui.support.Screenshots.save(dialog.getDialogPane().getScene(), "settings-ipp.png");
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult().monitor().ippProbe()).isTrue();
    }
}
