package org.openenpc.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Some window managers (openbox, seen under Xvfb) shrink a newly mapped JavaFX window to about
 * 200×200 shortly after it shows, ignoring the size set before {@code show()}; asked again once
 * the window is up, they obey. For the first seconds after showing, this asks again whenever the
 * window is less than half the size it should have. A user resizing it that small that soon is not
 * a concern. FX thread only.
 */
final class InitialSize {
    private static final double[] CHECK_SECONDS = {0.5, 1.5, 3.0};

    private InitialSize() {
    }

    static void keep(Stage stage, double width, double height) {
        Timeline checks = new Timeline();
        for (double s : CHECK_SECONDS) {
            checks.getKeyFrames().add(new KeyFrame(Duration.seconds(s), e -> {
                if (stage.isShowing() && !stage.isMaximized()
                        && (stage.getWidth() < width / 2 || stage.getHeight() < height / 2)) {
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }));
        }
        checks.play();
    }
}
