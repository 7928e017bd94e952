package no.framdrift.report.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart to PNG, SVG (labels stay text) or PDF (vector). Each export lays the chart out
 * for its own size, so an 800 × 450 export is not a shrunken 1600 × 900 one.
 */
public final class ChartExporter {

    /** The file formats, chosen from the file name's extension. */
    public enum Format {
        PNG, SVG, PDF;

        public static Format of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            throw new IllegalArgumentException("Ukjent filtype for diagram: " + file.getFileName()
                    + " (bruk .png, .svg eller .pdf)");
        }
    }

    private final ChartRenderer renderer;

    public ChartExporter() {
        this(new ChartRenderer());
    }

    public ChartExporter(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    /** The chart's bytes in the given format. */
    public byte[] bytes(ChartSpec spec, Format format, ExportSize size) throws IOException {
        return switch (format) {
            case PNG -> png(spec, size);
            case SVG -> svg(spec, size).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(spec, size);
        };
    }

    /**
     * Writes the chart to {@code file} in the format its extension names. Plain write: the app's
     * {@code ExportService} writes beside the target and moves the file into place.
     */
    public void export(ChartSpec spec, Path file, ExportSize size) throws IOException {
        Files.write(file, bytes(spec, Format.of(file), size));
    }

    /** The chart as an image of {@code size.pixelWidth() × size.pixelHeight()} pixels. */
    public BufferedImage image(ChartSpec spec, ExportSize size) {
        size.checkRaster();
        JFreeChart chart = renderer.render(spec, size.width(), size.height());
        return image(chart, size);
    }

    static BufferedImage image(JFreeChart chart, ExportSize size) {
        BufferedImage img = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(size.scale(), size.scale());
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        } finally {
            g2.dispose();
        }
        return img;
    }

    /** The chart as PNG, with its title and the finding as text chunks (iTXt "Title" and "Description"). */
    public byte[] png(ChartSpec spec, ExportSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePng(image(spec, size), out, ChartDescription.of(spec));
        return out.toByteArray();
    }

    /**
     * Writes a PNG whose metadata carries the text alternative: image viewers and document tools
     * that read PNG text chunks show it; UTF-8 iTXt, so "æøå" and "–" survive.
     */
    static void writePng(BufferedImage img, OutputStream out, ChartDescription text) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(itxtEntry("Title", text.title()));
            itxt.appendChild(itxtEntry("Description", text.description()));
            root.appendChild(itxt);
            meta.mergeTree(format, root);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode itxtEntry(String keyword, String text) {
        IIOMetadataNode e = new IIOMetadataNode("iTXtEntry");
        e.setAttribute("keyword", keyword);
        e.setAttribute("compressionFlag", "FALSE");
        e.setAttribute("compressionMethod", "0");
        e.setAttribute("languageTag", "nb");
        e.setAttribute("translatedKeyword", "");
        e.setAttribute("text", text);
        return e;
    }

    static void writePng(BufferedImage img, OutputStream out) {
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The chart as an SVG document; text is drawn as SVG text, so it can be searched and edited. It
     * opens with {@code <title>} and {@code <desc>} stating the finding ({@link ChartDescription}).
     */
    public String svg(ChartSpec spec, ExportSize size) {
        SVGGraphics2D g2 = draw(spec, size);
        // No DOCTYPE: the SVG 1.1 DTD is remote, and XML tools would try to fetch it when reading the file.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + withTextAlternative(g2.getSVGElement(), ChartDescription.of(spec), "chart") + "\n";
    }

    /**
     * The chart as an {@code <svg>} element to place inside an HTML page: a viewBox so it scales
     * with the page, {@code role="img"}, and {@code <title>}/{@code <desc>} (ids starting with
     * {@code id}) naming it and stating the finding.
     */
    public String svgElement(ChartSpec spec, ExportSize size, String id) {
        SVGGraphics2D g2 = draw(spec, size);
        String svg = g2.getSVGElement(id, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
        return withTextAlternative(svg, ChartDescription.of(spec), id);
    }

    private SVGGraphics2D draw(ChartSpec spec, ExportSize size) {
        JFreeChart chart = renderer.render(spec, size.width(), size.height());
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        return g2;
    }

    /** Puts {@code <title>} and {@code <desc>} first in the {@code <svg>} element and points to them. */
    static String withTextAlternative(String svg, ChartDescription text, String id) {
        int open = svg.indexOf("<svg");
        int end = svg.indexOf('>', open);
        if (open < 0 || end < 0) {
            return svg;
        }
        boolean selfClosing = svg.charAt(end - 1) == '/';
        String tag = svg.substring(open, selfClosing ? end - 1 : end);
        String attrs = " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\"";
        String children = "<title id=\"" + id + "-title\">" + xml(text.title()) + "</title><desc id=\"" + id + "-desc\">"
                + xml(text.description()) + "</desc>";
        return svg.substring(0, open) + tag + attrs + ">" + children + (selfClosing ? "</svg>" : "")
                + svg.substring(end + 1);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The chart as a one-page vector PDF of {@code size.width() × size.height()} points, its text searchable. */
    public byte[] pdf(ChartSpec spec, ExportSize size) {
        JFreeChart chart = renderer.render(spec, size.width(), size.height());
        try (PdfPages pdf = new PdfPages(spec.title())) {
            Graphics2D g2 = pdf.newPage(size.width(), size.height());
            chart.draw(g2, new Rectangle2D.Double(0, 0, size.width(), size.height()));
            return pdf.bytes();
        }
    }
}
