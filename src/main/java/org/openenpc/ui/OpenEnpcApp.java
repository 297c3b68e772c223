package org.openenpc.ui;

import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.openenpc.discovery.InterfaceSource;
import org.openenpc.ui.demo.DemoMode;
import org.openenpc.ui.settings.SettingsStore;

/**
 * The JavaFX application. {@code --demo} starts a dozen simulated printers in-process and scopes
 * the scan to them. Launched by {@link org.openenpc.Main} when no CLI command is given.
 */
public final class OpenEnpcApp extends Application {

    private AppContext context;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        DemoMode demo = args.contains("--demo") ? DemoMode.start() : null;
        context = new AppContext(stage, getHostServices(), demo, new SettingsStore(SettingsStore.defaultPath()),
                InterfaceSource.system());
        Scene scene = context.createScene();
        stage.setTitle(Messages.get(demo != null ? "app.title.demo" : "app.title"));
        stage.setScene(scene);
        AppIcons.apply(stage);
        double width = stage.getWidth();
        double height = stage.getHeight();
        var split = context.controller().masterDetail();
        double divider = split.getDividerPosition();
        stage.show();
        InitialSize.keep(stage, width, height, () -> split.setDividerPosition(divider));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
        }
    }
}
