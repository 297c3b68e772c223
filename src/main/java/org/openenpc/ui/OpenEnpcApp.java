package org.openenpc.ui;

import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.openenpc.discovery.InterfaceSource;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.settings.SettingsStore;

/**
 * The JavaFX application. {@code --demo} starts a dozen simulated printers in-process and scopes
 * the scan to them. Launched by {@link org.openenpc.Main} when no CLI command is given.
 *
 * <p>The window shows first (issue 14); the demo printers, the inventory and the icons follow its first frame.
 * With the system property {@value #EXIT_AFTER_START} set to true the app quits once all of that is done: the
 * build's training run for the class-data archive (packaging/cds/CdsArchive.java).
 */
public final class OpenEnpcApp extends Application {

    /** Quit once started: first frame shown, demo printers running, inventory read. */
    public static final String EXIT_AFTER_START = "openenpc.exitAfterStart";

    private AppContext context;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        DemoMode demo = args.contains("--demo") ? DemoMode.prepare() : null;
        context = new AppContext(stage, getHostServices(), demo, new SettingsStore(SettingsStore.defaultPath()),
                InterfaceSource.system());
        Scene scene = context.createScene();
        stage.setTitle(Messages.get(demo != null ? "app.title.demo" : "app.title"));
        stage.setScene(scene);
        double width = stage.getWidth();
        double height = stage.getHeight();
        var split = context.controller().masterDetail();
        double divider = split.getDividerPosition();
        stage.show();
        InitialSize.keep(stage, width, height, () -> split.setDividerPosition(divider));
        FirstFrame.then(scene, () -> AppIcons.applyLater(stage));
        if (Boolean.getBoolean(EXIT_AFTER_START)) {
            context.started().thenRun(() -> Platform.runLater(Platform::exit));
        }
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
