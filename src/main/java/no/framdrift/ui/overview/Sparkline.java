package no.framdrift.ui.overview;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;

/**
 * A small line of the latest values. A null is a gap (missing or suppressed): the line breaks
 * there instead of bridging it, so a suppressed cell is never suggested by interpolation.
 */
public final class Sparkline extends Region {

    private static final double DOT = 2.5;

    private final List<Double> values;

    Sparkline(List<Double> values, double width, double height) {
        this.values = new ArrayList<>(values);
        getStyleClass().add("sparkline");
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        draw(width, height);
    }

    private void draw(double width, double height) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Double v : values) {
            if (v != null) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return;
        }
        double pad = DOT + 1;
        double span = max - min;
        int n = values.size();
        double step = n > 1 ? (width - 2 * pad) / (n - 1) : 0;
        Polyline run = null;
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            if (v == null) {
                run = null;
                continue;
            }
            double x = n > 1 ? pad + i * step : width / 2;
            // a flat series sits in the middle rather than on an edge
            double y = span == 0 ? height / 2 : pad + (height - 2 * pad) * (1 - (v - min) / span);
            if (run == null) {
                run = new Polyline();
                run.getStyleClass().add("sparkline-line");
                getChildren().add(run);
            }
            run.getPoints().addAll(x, y);
            lastX = x;
            lastY = y;
        }
        Circle latest = new Circle(lastX, lastY, DOT);
        latest.getStyleClass().add("sparkline-latest");
        getChildren().add(latest);
    }

    /** The number of unbroken runs drawn (one more than the gaps inside the line). */
    long runs() {
        return getChildren().stream().filter(Polyline.class::isInstance).count();
    }
}
