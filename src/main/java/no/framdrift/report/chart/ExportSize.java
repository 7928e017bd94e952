package no.framdrift.report.chart;

/**
 * The size a chart is laid out at (fonts and label density follow it) and, for PNG, the pixel
 * scale: 800 × 450 at scale 2 is a 1600 × 900 image with the layout of an 800 × 450 chart.
 */
public record ExportSize(int width, int height, double scale) {

    /** The command line default: 1600 × 900 pixels. */
    public static final ExportSize DEFAULT = new ExportSize(1600, 900, 1.0);
    /** The window's export default: sharp on high-density screens and slides. */
    public static final ExportSize SCREEN_2X = new ExportSize(1600, 900, 2.0);
    /** 160 MB of pixels, within the app's heap (-Xmx352m, docs/PERFORMANCE.md) beside the workspace; 25 times a 1600 × 900 slide at scale 2. */
    public static final int MAX_MEGAPIXELS = 40;

    public ExportSize {
        if (width < 200 || height < 120 || width > 10_000 || height > 10_000) {
            throw new IllegalArgumentException("Størrelsen må være mellom 200 × 120 og 10000 × 10000, var "
                    + width + " × " + height);
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("Skalaen må være mellom 0,5 og 4, var " + scale);
        }
    }

    /**
     * Refuses a raster image (PNG, clipboard) too large to hold in memory; vector formats (SVG, PDF)
     * ignore the scale and have no such limit.
     */
    public ExportSize checkRaster() {
        double megapixels = (double) pixelWidth() * pixelHeight() / 1e6;
        if (megapixels > MAX_MEGAPIXELS) {
            throw new IllegalArgumentException("Bildet blir " + pixelWidth() + " × " + pixelHeight()
                    + " punkter (" + Math.round(megapixels) + " megapiksler); høyst " + MAX_MEGAPIXELS
                    + " megapiksler – velg mindre bredde, høyde eller skala");
        }
        return this;
    }

    public static ExportSize of(int width, int height) {
        return new ExportSize(width, height, 1.0);
    }

    public int pixelWidth() {
        return (int) Math.round(width * scale);
    }

    public int pixelHeight() {
        return (int) Math.round(height * scale);
    }
}
