package no.framdrift.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * JavaFX nodes for the window. The viewer draws the very JFreeChart the exports draw (through
 * FXGraphics2D on a canvas), so what the presenter sees is what the PNG and the PDF show.
 */
public final class ChartNodes {

    /** The size the on-screen chart is laid out for; the canvas then follows the tab's size. */
    public static final int SCREEN_WIDTH = 1100;
    public static final int SCREEN_HEIGHT = 620;

    private ChartNodes() {
    }

    /** A resizable viewer of the chart, for a tab in the window. Create it on the JavaFX thread. */
    public static ChartViewer viewer(ChartSpec spec) {
        return viewer(new ChartRenderer().render(spec, SCREEN_WIDTH, SCREEN_HEIGHT));
    }

    static ChartViewer viewer(JFreeChart chart) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setPrefSize(SCREEN_WIDTH, SCREEN_HEIGHT);
        viewer.setMinSize(320, 200);
        return viewer;
    }
}
