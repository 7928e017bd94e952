package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ChartNodesTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void viewerDrawsTheSameChartOnACanvas() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            ChartViewer viewer = ChartNodes.viewer(SeedCharts.pll());
            assertThat(viewer.getChart().getTitle().getText()).isEqualTo("Pasientens legemiddelliste");
            StackPane root = new StackPane(viewer);
            Scene scene = new Scene(root, 800, 450);
            root.applyCss();
            root.layout();
            return scene.snapshot(null);
        }).get(30, TimeUnit.SECONDS);
        assertThat(image.getWidth()).isEqualTo(800);
        int dark = 0;
        for (int y = 0; y < 450; y += 3) {
            for (int x = 0; x < 800; x += 3) {
                if (image.getPixelReader().getColor(x, y).getBrightness() < 0.6) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("the canvas shows the chart, not an empty control").isGreaterThan(200);
    }
}
