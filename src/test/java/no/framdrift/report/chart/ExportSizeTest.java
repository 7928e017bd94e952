package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportSizeTest {

    @Test
    void theScaleOnlyLimitsRasterImages() {
        ExportSize huge = new ExportSize(10_000, 10_000, 4);     // fine for SVG and PDF, which ignore the scale
        assertThat(huge.width()).isEqualTo(10_000);
        assertThatThrownBy(huge::checkRaster).hasMessage("Bildet blir 40000 × 40000 punkter (1600 megapiksler); høyst 40"
                + " megapiksler – velg mindre bredde, høyde eller skala");
        assertThat(ExportSize.SCREEN_2X.checkRaster().pixelWidth()).isEqualTo(3200); // the window's default passes
        assertThatThrownBy(() -> new ExportSize(100, 900, 1)).hasMessageContaining("mellom 200 × 120 og 10000 × 10000");
    }
}
