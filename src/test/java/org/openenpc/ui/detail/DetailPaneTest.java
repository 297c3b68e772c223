package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.discovery.VectorPrinters;
import org.openenpc.model.Printer;
import org.openenpc.protocol.Asb;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Mounts the pane on a recording {@link DetailActions} under Monocle and clicks its buttons. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {

    private static final Instant AT = Instant.parse("2024-05-01T12:00:00Z");

    /** Records every call, in order, as "method:argument". */
    private static final class Recording implements DetailActions {
        final List<String> calls = new ArrayList<>();
        final List<Printer> refreshed = new ArrayList<>();

        @Override
        public void refresh(Printer p) {
            refreshed.add(p);
            calls.add("refresh:" + p.ip());
        }

        @Override
        public void openWebConfig(String url) {
            calls.add("openWebConfig:" + url);
        }

        @Override
        public void copy(String text) {
            calls.add("copy:" + text);
        }

        @Override
        public void acceptCertificate(Printer p, String sha256) {
            calls.add("acceptCertificate:" + p.ip() + " " + sha256);
        }
    }

    private final Recording actions = new Recording();
    private DetailPane pane;

    @Start
    void start(Stage stage) {
        pane = new DetailPane(actions);
        stage.setScene(new Scene(pane, 820, 720));
        stage.show();
    }

    private Printer showFull(FxRobot robot) {
        Printer p = VectorPrinters.full("127.0.1.5", AT);
        robot.interact(() -> pane.show(p));
        return p;
    }

    @Test
    void showsTheValuesAndTheStatus(FxRobot robot) {
        showFull(robot);
        assertThat(robot.lookup("#macValue").queryAs(TextField.class).getText()).isEqualTo("02:00:00:00:00:00");
        assertThat(robot.lookup("#ipValue").queryAs(TextField.class).getText()).isEqualTo("127.0.1.5");
        assertThat(robot.lookup("#modelValue").queryAs(TextField.class).getText()).isEqualTo("TM-T88V");
        assertThat(robot.lookup("#macValue").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("TM-T88V");
        assertThat(robot.lookup("#statusBadge").queryAs(Label.class).getStyleClass()).contains("status-ok");
        assertThat(robot.lookup("#statusLines").queryAs(VBox.class).getChildren()).isNotEmpty();
        assertThat(robot.lookup("#rawText").queryAs(TextArea.class).getText()).contains("0000  45 50 53 4f 4e");
        assertThat(robot.lookup("#placeholder").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void buttonsCallTheActions(FxRobot robot) {
        Printer p = showFull(robot);
        robot.clickOn("#copyMacButton");
        robot.clickOn("#copyIpButton");
        robot.clickOn("#webConfigButton");
        robot.clickOn("#refreshButton");
        assertThat(actions.calls).containsExactly("copy:02:00:00:00:00:00", "copy:127.0.1.5",
                "openWebConfig:http://127.0.1.5/", "refresh:127.0.1.5");
        assertThat(actions.refreshed).containsExactly(p);
    }

    @Test
    void copyAllCopiesIdentityStatusAndRawText(FxRobot robot) {
        showFull(robot);
        robot.clickOn("#copyAllButton");
        assertThat(actions.calls).singleElement().satisfies(c -> assertThat(c)
                .startsWith("copy:TM-T88V")
                .contains("02:00:00:00:00:00", "Online, ready", "unknown @19 (8 bytes): ff ff ff ff ff ff ff ff"));
    }

    @Test
    void aNewStatusRecoloursTheBadgeAndRewritesTheLines(FxRobot robot) {
        showFull(robot);
        robot.interact(() -> pane.show(VectorPrinters.full("127.0.1.5", AT, new Asb(0x34, 0, 0, 0x0f))));
        assertThat(robot.lookup("#statusBadge").queryAs(Label.class).getStyleClass())
                .contains("status-error").doesNotContain("status-ok");
        assertThat(robot.lookup("#statusLines .status-text").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Cover open").doesNotContain("Online, ready");
        assertThat(robot.lookup("#statusLines .status-hint").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Close the printer cover.");
    }

    @Test
    void nothingSelectedShowsThePlaceholderAndDisablesTheButtons(FxRobot robot) {
        showFull(robot);
        robot.interact(() -> pane.show(null));
        Label placeholder = robot.lookup("#placeholder").queryAs(Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).isEqualTo("Select a printer to see everything it reports.");
        for (String id : List.of("#refreshButton", "#webConfigButton", "#copyIpButton", "#copyMacButton",
                "#copyAllButton")) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
        }
        robot.clickOn("#copyAllButton");
        assertThat(actions.calls).isEmpty();
    }

    @Test
    void copyMacIsDisabledWhileTheMacIsUnknown(FxRobot robot) {
        robot.interact(() -> pane.show(VectorPrinters.of("127.0.1.6", AT, VectorPrinters.BASIC)));
        assertThat(robot.lookup("#copyMacButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#copyIpButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#statusBadge").queryAs(Label.class).getStyleClass()).contains("status-unknown");
    }

    private static final String SHA = "ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89:ab:cd:ef:01:23:45:67:89";

    private javafx.scene.control.DialogPane askToAccept(FxRobot robot) {
        Button accept = robot.lookup("#acceptCertificateButton").queryAs(Button.class);
        javafx.application.Platform.runLater(accept::fire); // showAndWait: not inside interact, which would wait for it
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#acceptCertificateDialog").queryAs(javafx.scene.control.DialogPane.class);
    }

    @Test
    void anUntrustedCertificateIsShownWithItsFingerprintAndAcceptedOnlyAfterTheUserSaysYes(FxRobot robot) {
        Printer p = showFull(robot);
        VBox offer = robot.lookup("#untrustedCertificate").queryAs(VBox.class);
        assertThat(offer.isVisible()).isFalse();
        assertThat(offer.isManaged()).isFalse();
        robot.interact(() -> pane.viewModel().setUntrustedCertificate(SHA));
        assertThat(offer.isVisible()).isTrue();
        assertThat(robot.lookup("#untrustedCertificateFingerprint").queryAs(TextField.class).getText()).isEqualTo(SHA);
        assertThat(robot.lookup("#untrustedCertificateText").queryAs(Label.class).getText())
                .contains("certificate nobody vouches for", "Web Config");

        javafx.scene.control.DialogPane dialog = askToAccept(robot);
        assertThat(dialog.getContentText()).contains("TM-T88V at 127.0.1.5", SHA, "printer's own");
        robot.interact(() -> ((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        assertThat(actions.calls).isEmpty();

        javafx.scene.control.DialogPane again = askToAccept(robot);
        Button yes = (Button) again.getButtonTypes().stream().filter(b -> b != javafx.scene.control.ButtonType.CANCEL)
                .map(again::lookupButton).findFirst().orElseThrow();
        assertThat(yes.getText()).isEqualTo("Accept certificate");
        robot.interact(yes::fire);
        assertThat(actions.calls).containsExactly("acceptCertificate:" + p.ip() + " " + SHA);

        robot.interact(() -> pane.viewModel().setUntrustedCertificate(null));
        assertThat(offer.isVisible()).isFalse();
    }
}
