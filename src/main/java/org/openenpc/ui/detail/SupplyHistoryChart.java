package org.openenpc.ui.detail;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.openenpc.model.LevelPoint;
import org.openenpc.model.SafeText;
import org.openenpc.model.Supply;
import org.openenpc.model.SupplyForecast;
import org.openenpc.model.SupplySeries;
import org.openenpc.ui.Messages;
import org.openenpc.ui.SupplyColours;

/**
 * The supply history of one printer ({@code #supplyHistory}): a line chart of every supply's level
 * over time (0–100 %, dates on the X axis), a legend, and one line per supply saying when it runs out
 * ({@link SupplyForecast}, in words by {@link ForecastText}). Lines, legend swatches and symbols take
 * the supply's colour as a {@link SupplyColours} pseudo-class, coloured by app.css and dark.css; a
 * waste receptacle's line is dashed and its legend says "space left", the percent it reports.
 * Unknown levels are not drawn (the line bridges them) but count for the forecast's reasons.
 * Long histories are thinned for drawing ({@link Downsampler}, at most {@value #MAX_DRAWN} points a
 * supply) while the forecast reads every real point. With no history, a placeholder sentence.
 * FX thread only.
 */
public final class SupplyHistoryChart extends VBox {

    static final String STYLE = "supply-history";
    static final String LINE = "supply-line";
    static final String SYMBOL = "supply-symbol";
    /** A waste receptacle's line, dashed: it shows space left, which falls as the box fills. */
    static final String WASTE = "supply-waste";
    static final String SWATCH = "supply-swatch";
    static final String LEGEND_ITEM = "supply-legend-item";
    static final String FORECAST = "supply-forecast";
    /** At most this many points are drawn per supply: a few per pixel of a detail pane's width. */
    static final int MAX_DRAWN = 500;
    /** Symbols (dots on each reading) only while every line has at most this many points. */
    static final int MAX_SYMBOLS = 60;

    private final ZoneId zone;
    private final Locale locale;
    private final NumberAxis time = new NumberAxis();
    private final NumberAxis level = new NumberAxis(0, 100, 25);
    private final LineChart<Number, Number> chart = new LineChart<>(time, level);
    private final FlowPane legend = new FlowPane(12, 4);
    private final VBox forecasts = new VBox(2);
    private final Label placeholder = new Label(Messages.get("detail.chart.placeholder"));
    private TimeTicks ticks = TimeTicks.of(Instant.EPOCH, Instant.EPOCH, java.time.ZoneOffset.UTC);

    /** Dates in the system's time zone and locale. */
    public SupplyHistoryChart() {
        this(ZoneId.systemDefault(), Locale.getDefault());
    }

    public SupplyHistoryChart(ZoneId zone, Locale locale) {
        super(6);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.locale = Objects.requireNonNull(locale, "locale");
        setId("supplyHistory");
        getStyleClass().add(STYLE);
        chart.setId("supplyChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false); // our own legend: its swatches take the supplies' colours
        chart.setMinHeight(180);
        chart.setPrefHeight(260);
        VBox.setVgrow(chart, Priority.ALWAYS);
        time.setAutoRanging(false);
        time.setMinorTickVisible(false);
        time.setForceZeroInRange(false);
        time.setTickLabelFormatter(converter(x -> ticks.label(x, this.locale)));
        level.setAutoRanging(false);
        level.setMinorTickCount(0);
        level.setTickLabelFormatter(converter(y -> Messages.format("detail.supply.percent",
                String.valueOf(Math.round(y)))));
        legend.setId("supplyLegend");
        forecasts.setId("supplyForecasts");
        placeholder.setId("supplyHistoryPlaceholder");
        placeholder.getStyleClass().add(DetailStyles.PLACEHOLDER);
        placeholder.setWrapText(true);
        getChildren().addAll(placeholder, chart, legend, forecasts);
        show(List.of(), Instant.now());
    }

    /** Shows these supplies' histories, forecast as of {@code now}; the placeholder when there are none. */
    public void show(List<SupplySeries> series, Instant now) {
        Objects.requireNonNull(now, "now");
        List<SupplySeries> all = series == null ? List.of() : series;
        boolean empty = all.isEmpty();
        placeholder.setVisible(empty);
        placeholder.setManaged(empty);
        for (var n : List.of(chart, legend, forecasts)) {
            n.setVisible(!empty);
            n.setManaged(!empty);
        }
        List<List<LevelPoint>> drawn = new ArrayList<>(all.size());
        Instant first = now;
        for (SupplySeries s : all) {
            List<LevelPoint> d = Downsampler.minMax(s.points(), MAX_DRAWN / 2);
            drawn.add(d);
            if (!d.isEmpty() && d.get(0).at().isBefore(first)) {
                first = d.get(0).at();
            }
        }
        axis(first, now);
        chart.setCreateSymbols(drawn.stream().allMatch(d -> d.size() <= MAX_SYMBOLS));
        ObservableList<XYChart.Series<Number, Number>> data = FXCollections.observableArrayList();
        for (int i = 0; i < all.size(); i++) {
            data.add(new XYChart.Series<>(name(all.get(i)), points(drawn.get(i))));
        }
        chart.setData(data);
        legend.getChildren().clear();
        forecasts.getChildren().clear();
        for (int i = 0; i < all.size(); i++) {
            SupplySeries s = all.get(i);
            colour(data.get(i), s.colour(), s.kind() == Supply.Kind.WASTE);
            legend.getChildren().add(legendItem(s));
            Label line = new Label(ForecastText.of(name(s), SupplyForecast.of(s.kind(), s.points(), now), zone, locale));
            line.getStyleClass().add(FORECAST);
            line.setWrapText(true); // a narrow detail pane wraps the sentence instead of cutting it to "…"
            forecasts.getChildren().add(line);
        }
    }

    /** The chart, for tests. */
    LineChart<Number, Number> chart() {
        return chart;
    }

    private void axis(Instant first, Instant now) {
        ticks = TimeTicks.of(first, now, zone.getRules().getOffset(now));
        time.setLowerBound(ticks.lower());
        time.setUpperBound(ticks.upper());
        time.setTickUnit(ticks.unit());
    }

    private ObservableList<XYChart.Data<Number, Number>> points(List<LevelPoint> drawn) {
        List<XYChart.Data<Number, Number>> out = new ArrayList<>(drawn.size());
        for (LevelPoint p : drawn) {
            out.add(new XYChart.Data<>(TimeTicks.x(p.at(), ticks.offset()), p.percent()));
        }
        return FXCollections.observableArrayList(out);
    }

    /** Colours a series once the chart has made its nodes (the line's Path, and each symbol). */
    private static void colour(XYChart.Series<Number, Number> series, String colour, boolean waste) {
        var pseudo = SupplyColours.of(colour);
        if (series.getNode() != null) {
            series.getNode().getStyleClass().add(LINE);
            if (waste) {
                series.getNode().getStyleClass().add(WASTE);
            }
            series.getNode().pseudoClassStateChanged(pseudo, true);
        }
        for (XYChart.Data<Number, Number> d : series.getData()) {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add(SYMBOL);
                d.getNode().pseudoClassStateChanged(pseudo, true);
            }
        }
    }

    private static Label legendItem(SupplySeries s) {
        Region swatch = new Region();
        swatch.getStyleClass().add(SWATCH);
        swatch.pseudoClassStateChanged(SupplyColours.of(s.colour()), true);
        String text = s.kind() == Supply.Kind.WASTE ? Messages.format("detail.chart.spaceLeft", name(s)) : name(s);
        Label item = new Label(text, swatch);
        item.getStyleClass().add(LEGEND_ITEM);
        return item;
    }

    /** Device text, made safe; "Supply" for a supply without a name. */
    static String name(SupplySeries s) {
        return s.name().isBlank() ? Messages.get("detail.supply.unnamed") : SafeText.escape(s.name());
    }

    private static StringConverter<Number> converter(java.util.function.DoubleFunction<String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : f.apply(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("a read-only axis");
            }
        };
    }
}
