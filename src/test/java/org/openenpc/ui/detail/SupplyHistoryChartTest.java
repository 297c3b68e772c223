package org.openenpc.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openenpc.model.HostileText;
import org.openenpc.model.LevelPoint;
import org.openenpc.model.SafeText;
import org.openenpc.model.Supply;
import org.openenpc.model.SupplySeries;
import org.openenpc.ui.Messages;
import org.openenpc.ui.SupplyColours;
import org.openenpc.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supply-history chart in a real scene (Monocle, headless) with the app's stylesheet: an inkjet's
 * four inks and maintenance box, the forecast lines, the placeholder, a year of 5-minute readings and
 * hostile supply names. Writes target/screenshots/supply-chart.png (and -dark.png).
 */
@ExtendWith(ApplicationExtension.class)
class SupplyHistoryChartTest {

    static final Instant NOW = Instant.parse("2024-11-12T09:00:00Z");
    private SupplyHistoryChart chart;
    private Scene scene;

    @Start
    void start(Stage stage) {
        chart = new SupplyHistoryChart(ZoneOffset.UTC, Locale.ENGLISH);
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(chart);
        root.setPadding(new javafx.geometry.Insets(10));
        scene = new Scene(root, 760, 520);
        Theme.apply(scene, "light");
        stage.setScene(scene);
        stage.show();
    }

    /** Hourly readings for {@code days} up to {@link #NOW}: {@code start} falling by {@code rate} a day, whole percents. */
    static List<LevelPoint> drain(double start, double rate, int days, Duration step) {
        List<LevelPoint> out = new ArrayList<>();
        Instant from = NOW.minus(Duration.ofDays(days));
        for (Instant t = from; !t.isAfter(NOW); t = t.plus(step)) {
            double d = Duration.between(from, t).getSeconds() / 86_400.0;
            out.add(new LevelPoint(t, (int) Math.max(0, Math.floor(start - rate * d))));
        }
        return out;
    }

    /**
     * An inkjet over 60 days: black down to 18 % at 1.2 a day (15 days left), cyan swapped for a new
     * cartridge 5 hours ago, magenta run dry, yellow unused at 64 %, the maintenance box's space down to
     * 50 % at 0.25 a day (200 days left).
     */
    static List<SupplySeries> inkjet() {
        Duration hour = Duration.ofHours(1);
        List<LevelPoint> cyan = new ArrayList<>(drain(70, 1.0, 60, hour));
        cyan.removeIf(p -> p.at().isAfter(NOW.minus(Duration.ofHours(6))));
        cyan.add(new LevelPoint(NOW.minus(Duration.ofHours(5).plusMinutes(30)), null)); // removed: "missing"
        cyan.add(new LevelPoint(NOW.minus(Duration.ofHours(5)), 100));
        cyan.add(new LevelPoint(NOW, 100));
        List<LevelPoint> yellow = new ArrayList<>();
        drain(64, 0, 60, hour).forEach(yellow::add);
        return List.of(new SupplySeries("Black Ink", "black", Supply.Kind.COLORANT, drain(90, 1.2, 60, hour)),
                new SupplySeries("Cyan Ink", "cyan", Supply.Kind.COLORANT, cyan),
                new SupplySeries("Magenta Ink", "magenta", Supply.Kind.COLORANT, drain(55, 1.5, 60, hour)),
                new SupplySeries("Yellow Ink", "yellow", Supply.Kind.COLORANT, yellow),
                new SupplySeries("Maintenance box", "", Supply.Kind.WASTE, drain(65, 0.25, 60, hour)));
    }

    private List<String> forecastLines(FxRobot robot) {
        return robot.lookup("#supplyForecasts .supply-forecast").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
    }

    @Test
    void drawsOneColouredSeriesPerSupplyAndSaysWhenEachRunsOut(FxRobot robot) throws Exception {
        robot.interact(() -> chart.show(inkjet(), NOW));

        List<XYChart.Series<Number, Number>> data = chart.chart().getData();
        assertThat(data).extracting(XYChart.Series::getName)
                .containsExactly("Black Ink", "Cyan Ink", "Magenta Ink", "Yellow Ink", "Maintenance box");
        assertThat(data).allSatisfy(s -> assertThat(s.getData()).isNotEmpty().hasSizeLessThanOrEqualTo(500));
        assertThat(chart.chart().getCreateSymbols()).isFalse(); // 1,441 hourly readings a supply
        // The line takes the supply's colour from app.css.
        Path black = (Path) data.get(0).getNode();
        Path cyan = (Path) data.get(1).getNode();
        assertThat(black.getStyleClass()).contains(SupplyHistoryChart.LINE);
        assertThat(cyan.getPseudoClassStates()).contains(SupplyColours.of("cyan"));
        assertThat(cyan.getStroke()).isEqualTo(Color.web("#00a6d6"));
        assertThat(black.getStroke()).isEqualTo(Color.web("#2b2b2b"));
        assertThat(((Path) data.get(4).getNode()).getStroke()).isEqualTo(Color.web("#4c8bf5")); // no colour: "other"

        assertThat(robot.lookup("#supplyLegend .supply-legend-item").queryAllAs(Label.class))
                .extracting(Label::getText)
                .containsExactly("Black Ink", "Cyan Ink", "Magenta Ink", "Yellow Ink", "Maintenance box (space left)");
        assertThat(data.get(4).getNode().getStyleClass()).contains(SupplyHistoryChart.WASTE);
        assertThat(black.getStyleClass()).doesNotContain(SupplyHistoryChart.WASTE);
        List<String> lines = forecastLines(robot);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).matches("Black Ink: runs out in about 1[4-6] days \\(around 2[6-8] Nov\\)");
        assertThat(lines.get(1)).isEqualTo(
                "Cyan Ink: too little data to estimate yet since it was replaced (2 readings in 5 hours)");
        assertThat(lines.get(2)).isEqualTo("Magenta Ink: empty");
        assertThat(lines.get(3)).isEqualTo("Yellow Ink: no usage seen in the last 30 days");
        assertThat(lines.get(4)).matches("Maintenance box: fills up in about (19[0-9]|20[0-9]) days \\(around \\d+ \\w+\\)");
        assertThat(robot.lookup("#supplyHistoryPlaceholder").query().isVisible()).isFalse();

        screenshot("supply-chart.png");
        robot.interact(() -> Theme.apply(scene, "dark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(black.getStroke()).isEqualTo(Color.web("#d0d0d0")); // light enough for the dark plot
        screenshot("supply-chart-dark.png");
    }

    @Test
    void aShortHistoryDrawsEachReadingAsADotInTheSupplysColour(FxRobot robot) throws Exception {
        Duration day = Duration.ofDays(1);
        robot.interact(() -> chart.show(List.of(
                new SupplySeries("Black Toner", "black", Supply.Kind.COLORANT, drain(80, 3, 12, day)),
                new SupplySeries("Waste toner box", "", Supply.Kind.WASTE, drain(90, 1, 12, day))), NOW));
        assertThat(chart.chart().getCreateSymbols()).isTrue();
        XYChart.Data<Number, Number> first = chart.chart().getData().get(0).getData().get(0);
        assertThat(first.getNode().getStyleClass()).contains(SupplyHistoryChart.SYMBOL);
        assertThat(((javafx.scene.layout.Region) first.getNode()).getBackground().getFills().get(0).getFill())
                .isEqualTo(Color.web("#2b2b2b"));
        assertThat(forecastLines(robot)).containsExactly("Black Toner: runs out in about 15 days (around 27 Nov)",
                "Waste toner box: fills up in about 78 days (around 29 Jan)"); // 78 % space left at 1 a day
        screenshot("supply-chart-short.png");
    }

    @Test
    void anEmptyHistoryShowsThePlaceholder(FxRobot robot) {
        robot.interact(() -> chart.show(inkjet(), NOW));
        robot.interact(() -> chart.show(List.of(), NOW));
        Label placeholder = robot.lookup("#supplyHistoryPlaceholder").queryAs(Label.class);
        assertThat(placeholder.isVisible()).isTrue();
        assertThat(placeholder.getText()).isEqualTo(Messages.get("detail.chart.placeholder"))
                .startsWith("No supply history yet");
        assertThat(chart.chart().isVisible()).isFalse();
        assertThat(chart.chart().getData()).isEmpty();
        assertThat(forecastLines(robot)).isEmpty();
    }

    @Test
    void aYearOfFiveMinuteReadingsIsThinnedForDrawing(FxRobot robot) {
        Duration five = Duration.ofMinutes(5);
        List<SupplySeries> year = List.of(
                new SupplySeries("Black Ink", "black", Supply.Kind.COLORANT, drain(100, 0.25, 365, five)),
                new SupplySeries("Cyan Ink", "cyan", Supply.Kind.COLORANT, drain(100, 0.2, 365, five)),
                new SupplySeries("Magenta Ink", "magenta", Supply.Kind.COLORANT, drain(100, 0.15, 365, five)),
                new SupplySeries("Yellow Ink", "yellow", Supply.Kind.COLORANT, drain(100, 0.1, 365, five)),
                new SupplySeries("Maintenance box", "", Supply.Kind.WASTE, drain(100, 0.05, 365, five)));
        assertThat(year.get(0).points()).hasSize(105_121);

        long started = System.nanoTime();
        robot.interact(() -> chart.show(year, NOW));
        long shown = System.nanoTime();
        WaitForAsyncUtils.waitForFxEvents();
        long laidOut = System.nanoTime();
        System.out.printf(Locale.ROOT, "show() of 5 x 105,121 readings: %d ms, laid out and drawn after %d ms%n",
                (shown - started) / 1_000_000, (laidOut - started) / 1_000_000);

        int drawn = chart.chart().getData().stream().mapToInt(s -> s.getData().size()).sum();
        System.out.printf(Locale.ROOT, "chart data points: %d of %d%n", drawn, 5 * 105_121);
        assertThat(chart.chart().getData()).allSatisfy(s -> assertThat(s.getData()).hasSizeBetween(100, 500));
        // The forecast read the real readings: black at 0.25 a day from 100 %, 8.75 % left after a year.
        assertThat(forecastLines(robot).get(0)).startsWith("Black Ink: runs out in about 3");
        assertThat(chart.chart().getXAxis()).isInstanceOfSatisfying(javafx.scene.chart.NumberAxis.class,
                a -> assertThat(a.getUpperBound() - a.getLowerBound()).isCloseTo(365 + 56, within(56.0)));
    }

    @Test
    void hostileSupplyNamesAreEscapedInTheLegendAndTheForecasts(FxRobot robot) {
        String black = HostileText.CLEAR + "Black" + HostileText.FORGED_ROW;
        String cyan = "Cyan" + HostileText.C1_CSI + HostileText.RLO + "\u2066x\u2069";
        List<SupplySeries> hostile = List.of(
                new SupplySeries(black, "black", Supply.Kind.COLORANT, drain(90, 1.2, 60, Duration.ofHours(6))),
                new SupplySeries(cyan, HostileText.TITLE, Supply.Kind.COLORANT, drain(80, 1, 2, Duration.ofHours(6))),
                new SupplySeries("", "", Supply.Kind.OTHER, List.of()));
        robot.interact(() -> chart.show(hostile, NOW));

        List<String> shown = new ArrayList<>();
        robot.lookup(n -> n instanceof Labeled).queryAllAs(Labeled.class).forEach(l -> shown.add(l.getText()));
        chart.chart().getData().forEach(s -> shown.add(s.getName()));
        assertThat(shown).allSatisfy(t -> assertThat(HostileText.rawControls(bytes(t))).as(t).isEmpty());
        assertThat(robot.lookup("#supplyLegend .supply-legend-item").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly(SafeText.escape(black), SafeText.escape(cyan), "Supply");
        List<String> lines = forecastLines(robot);
        assertThat(lines.get(0)).startsWith(SafeText.escape(black) + ": runs out in about");
        assertThat(lines.get(1)).startsWith(SafeText.escape(cyan) + ": too little data");
        assertThat(lines.get(2)).isEqualTo("Supply: no readings yet");
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        java.nio.file.Path file = java.nio.file.Path.of("target/screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        assertThat(Files.size(file)).isGreaterThan(5_000);
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
