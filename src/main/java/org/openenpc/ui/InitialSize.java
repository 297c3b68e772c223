package org.openenpc.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Some window managers (openbox, seen under Xvfb) shrink a newly mapped JavaFX window to about
 * 200×200 shortly after it shows, ignoring the size set before {@code show()}; asked again once
 * the window is up, they obey. For the first seconds after showing, this asks again whenever the
 * window is less than half the size it should have, then runs {@code afterResize} (the split pane
 * keeps its detail side's width in pixels through the shrink, so the caller puts its divider back).
 * A user resizing it that small that soon is not a concern. FX thread only.
 */
final class InitialSize {
    private static final double[] CHECK_SECONDS = {0.5, 1.5, 3.0};

    private InitialSize() {
    }

    static void keep(Stage stage, double width, double height, Runnable afterResize) {
        Timeline checks = new Timeline();
        for (double s : CHECK_SECONDS) {
            checks.getKeyFrames().add(new KeyFrame(Duration.seconds(s), e -> {
                if (stage.isShowing() && !stage.isMaximized()
                        && (stage.getWidth() < width / 2 || stage.getHeight() < height / 2)) {
                    whenWide(stage, width, afterResize);
                    stage.setWidth(width);
                    stage.setHeight(height);
                }
            }));
        }
        checks.play();
    }

    /**
     * Runs {@code then} once the window's content has its width back (the scene follows the window
     * manager's resize, which comes after {@code setWidth} returns), after the layout pass that the
     * new width starts: run earlier, the split pane's layout would undo it.
     */
    private static void whenWide(Stage stage, double width, Runnable then) {
        javafx.beans.property.ReadOnlyDoubleProperty sceneWidth = stage.getScene().widthProperty();
        sceneWidth.addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.doubleValue() >= width / 2) {
                    sceneWidth.removeListener(this);
                    javafx.application.Platform.runLater(then);
                }
            }
        });
    }
}
