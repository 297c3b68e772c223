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

    /** The user's settings file; read ahead (see {@link #startAhead()}), then by the app's context. */
    private static final SettingsStore SETTINGS = new SettingsStore(SettingsStore.defaultPath());

    private AppContext context;

    /**
     * Begins, on a thread of its own, what the window's start needs and JavaFX does not: logback reads its
     * configuration (the first logger, {@code Scanner}'s, would do it on the FX thread), the app's messages,
     * the engine's settings classes, and Jackson when there is a settings file to read. Called before
     * {@code Application.launch}, so it runs while JavaFX starts its toolkit; {@link #start} waits for it.
     */
    static void startAhead() {
        StartAhead.begin(List.of(
                org.slf4j.LoggerFactory::getILoggerFactory,
                Messages::bundle,
                org.openenpc.ui.settings.AppSettings::defaults,
                SETTINGS::prepareToLoad));
    }

    @Override
    public void start(Stage stage) throws Exception {
        StartAhead.await();
        List<String> args = getParameters().getRaw();
        DemoMode demo = args.contains("--demo") ? DemoMode.prepare() : null;
        context = new AppContext(stage, getHostServices(), demo, SETTINGS, InterfaceSource.system());
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
