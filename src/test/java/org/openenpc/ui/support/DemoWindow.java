package org.openenpc.ui.support;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.stage.Stage;

import org.openenpc.ui.AppContext;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.settings.SettingsStore;
import org.testfx.util.WaitForAsyncUtils;

/** The app's main window in demo mode for TestFX tests: the demo printers, a fresh settings file. */
public final class DemoWindow {
    private DemoWindow() {
    }

    /** Builds the window as the app does, shows it at this size and returns its context (close it after). */
    public static AppContext open(Stage stage, double width, double height) throws Exception {
        AppContext context = new AppContext(stage, null, DemoMode.start(),
                new SettingsStore(Files.createTempDirectory("openenpc-ui").resolve("settings.json")), List::of);
        stage.setScene(context.createScene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return context;
    }

    /**
     * The window with this demo, settings file and inventory ({@code db}), as the app builds it after a
     * restart; call on the FX thread.
     */
    public static AppContext open(Stage stage, double width, double height, DemoMode demo, java.nio.file.Path settings,
                                  String db) throws Exception {
        AppContext context = new AppContext(stage, null, demo, new SettingsStore(settings), List::of, db);
        stage.setScene(context.createScene());
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return context;
    }

    /** Runs {@code c} on the FX thread and waits for its result. */
    public static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }
}
