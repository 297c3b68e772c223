package org.openenpc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;

import javafx.stage.Stage;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.ui.settings.SettingsStore;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window manager that shrinks the new window (openbox does, to about 200×200) gets asked for the
 * size again, and the detail pane gets its share of the width back: the split pane keeps the
 * detail side's pixel width through the shrink, which left it at its 190 px minimum.
 */
@ExtendWith(ApplicationExtension.class)
class InitialSizeTest {

    @Test
    void theWindowAndTheDetailPaneGetTheirSizeBackAfterAShrink() throws Exception {
        double[] restored = shrinkAndKeep(true);
        assertThat(restored[0]).isEqualTo(1200.0);
        assertThat(restored[1]).isCloseTo(0.62, Offset.offset(0.01));
        assertThat(restored[2]).isCloseTo(0.38 * 1200, Offset.offset(25.0));
    }

    @Test
    void withoutPuttingTheDividerBackTheDetailPaneStaysNarrow() throws Exception {
        // What the app did before: shows that this setup reproduces the case the fix is for. Should a
        // JavaFX or ControlsFX upgrade make this fail, the split pane no longer needs the fix.
        double[] restored = shrinkAndKeep(false);
        assertThat(restored[0]).isEqualTo(1200.0);
        assertThat(restored[2]).isLessThan(0.38 * 1200 - 100);
    }

    /** @return stage width, divider position and detail pane width 2 s after a simulated shrink */
    private static double[] shrinkAndKeep(boolean putDividerBack) throws Exception {
        Stage stage = WaitForAsyncUtils.asyncFx(() -> {
            Stage s = new Stage();
            AppContext context = new AppContext(s, null, null,
                    new SettingsStore(Files.createTempDirectory("openenpc-size").resolve("settings.json")), List::of);
            s.setScene(context.createScene());
            s.setWidth(1200);
            s.setHeight(760);
            var split = context.controller().masterDetail();
            double divider = split.getDividerPosition();
            s.show();
            InitialSize.keep(s, 1200, 760, putDividerBack ? () -> split.setDividerPosition(divider) : () -> { });
            s.setUserData(context);
            return s;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> { // the window manager's shrink
            stage.setWidth(200);
            stage.setHeight(200);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(2000); // the first check is 0.5 s after showing
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            AppContext context = (AppContext) stage.getUserData();
            var split = context.controller().masterDetail();
            double[] out = {stage.getWidth(), split.getDividerPosition(),
                split.getDetailNode().getLayoutBounds().getWidth()};
            stage.close();
            context.close();
            return out;
        }).get();
    }
}
