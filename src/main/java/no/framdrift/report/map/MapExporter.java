package no.framdrift.report.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import no.framdrift.report.chart.ChartExporter;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.report.chart.PdfPages;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

/**
 * Writes a map to PNG, SVG or PDF through the same {@link MapRenderer} drawing. In the SVG every
 * area is one {@code <path>} carrying its name as {@code <title>} (browsers show it on hover, screen
 * readers read it) and its value as {@code <desc>}; the whole map has a {@code <title>} and a
 * {@code <desc>} with the source and Kartverket's credit.
 */
public final class MapExporter {

    /** JFreeSVG wraps a filled shape that has an element id in {@code <g id='…' style='…'><path d='…'/></g>}. */
    private static final Pattern AREA_PATH = Pattern.compile(
            "<g id='(area|overlay)-([^']+)'( style='[^']*')?>\\s*<path ([^>]*?)/>\\s*</g>");

    private final MapRenderer renderer;

    public MapExporter() {
        this(new MapRenderer());
    }

    public MapExporter(MapRenderer renderer) {
        this.renderer = renderer;
    }

    public BufferedImage image(MapSpec spec, ExportSize size) {
        size.checkRaster();
        BufferedImage img = new BufferedImage(size.pixelWidth(), size.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = img.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g2.scale(size.scale(), size.scale());
            renderer.draw(g2, spec, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        } finally {
            g2.dispose();
        }
        return img;
    }

    public byte[] png(MapSpec spec, ExportSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // ImageIO.write(image, "png", out) would stage the picture in a temporary file (ImageIO's
        // disk cache is on by default) and copy it back; the same PNG writer into memory instead
        try (javax.imageio.stream.ImageOutputStream memory = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(rowViews(image(spec, size)), "png", memory)) {
                throw new IOException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The same picture (the same raster, colour model and pixels) for the PNG writer, which reads it
     * a row at a time through {@code getData(row)}: there a plain image copies each row into a new
     * raster, 13 MB of copies per 2400 × 1350 map that the collector then has to clear; this one
     * hands out a read-only view of the row. The PNG's bytes are the same.
     */
    static BufferedImage rowViews(BufferedImage img) {
        return new BufferedImage(img.getColorModel(), img.getRaster(), img.isAlphaPremultiplied(), null) {
            @Override
            public java.awt.image.Raster getData(java.awt.Rectangle rect) {
                return getRaster().createChild(rect.x, rect.y, rect.width, rect.height, rect.x, rect.y, null);
            }
        };
    }

    public String svg(MapSpec spec, ExportSize size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.width(), size.height());
        // two decimals of a point are far finer than the outlines; full doubles would triple the file
        g2.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        renderer.draw(g2, spec, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        String body = g2.getSVGElement();
        Map<String, MapArea> byId = new LinkedHashMap<>();
        spec.areas().forEach(a -> byId.put("area-" + a.code(), a));
        spec.overlays().forEach(a -> byId.put("overlay-" + a.code(), a));
        Matcher m = AREA_PATH.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = m.group(1) + "-" + m.group(2);
            MapArea a = byId.get(id);
            String style = m.group(3) == null ? "" : m.group(3);
            String replacement = a == null ? m.group()
                    : "<path id='" + id + "'" + style + " " + m.group(4) + "><title>" + SVGUtils.escapeForXML(a.name())
                    + "</title><desc>" + SVGUtils.escapeForXML(describe(a)) + "</desc></path>";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        body = sb.toString();
        int open = body.indexOf('>') + 1; // end of the <svg …> tag
        String head = "<title>" + SVGUtils.escapeForXML(spec.title()) + "</title><desc>"
                + SVGUtils.escapeForXML(description(spec)) + "</desc>";
        // No DOCTYPE: the SVG 1.1 DTD is remote, and XML tools would try to fetch it when reading the file.
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body.substring(0, open) + head + body.substring(open) + "\n";
    }

    private static String describe(MapArea a) {
        return switch (a.state()) {
            case VALUE -> a.valueText() + (a.detail().isBlank() ? "" : " (" + a.detail() + ")");
            case SUPPRESSED -> ": (prikket, for lite tall)";
            case NO_DATA -> "ingen data";
        };
    }

    /** The map in words: what, where the figures come from, and the credit (also the deck picture's alternative text). */
    public static String description(MapSpec spec) {
        StringBuilder sb = new StringBuilder();
        if (!spec.subtitle().isBlank()) {
            sb.append(spec.subtitle()).append(". ");
        }
        long values = spec.areas().stream().filter(a -> a.state() == MapArea.State.VALUE).count();
        sb.append("Kart over ").append(spec.areas().size()).append(' ').append(levelWord(spec))
                .append(", ").append(values).append(" med verdi");
        if (!spec.suppressed().isEmpty()) {
            sb.append(", ").append(spec.suppressed().size()).append(" prikket");
        }
        sb.append(". ");
        spec.sourceLine().ifPresent(line -> sb.append(line).append(". "));
        if (spec.sampleData()) {
            sb.append(MapSpec.SAMPLE_MARK).append(". ");
        }
        sb.append(MapSpec.CREDIT);
        return sb.toString();
    }

    private static String levelWord(MapSpec spec) {
        return switch (spec.level()) {
            case MUNICIPALITY -> "kommuner";
            case COUNTY -> "fylker";
            case REGION -> "helseregioner";
            case CUSTOM -> "egendefinerte områder";
            case NATION -> "land";
        };
    }

    /** The map as a one-page vector PDF of {@code size.width() × size.height()} points, its text searchable. */
    public byte[] pdf(MapSpec spec, ExportSize size) {
        try (PdfPages pdf = new PdfPages(spec.title())) {
            Graphics2D g2 = pdf.newPage(size.width(), size.height());
            renderer.draw(g2, spec, new Rectangle2D.Double(0, 0, size.width(), size.height()));
            return pdf.bytes();
        }
    }

    /** The map's bytes in the format a file name asks for (.png, .svg, .pdf). */
    public byte[] bytes(MapSpec spec, ChartExporter.Format format, ExportSize size) {
        return switch (format) {
            case PNG -> png(spec, size);
            case SVG -> svgBytes(spec, size);
            case PDF -> pdf(spec, size);
        };
    }

    public byte[] svgBytes(MapSpec spec, ExportSize size) {
        return svg(spec, size).getBytes(StandardCharsets.UTF_8);
    }
}
