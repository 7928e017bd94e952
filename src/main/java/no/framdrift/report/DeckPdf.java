package no.framdrift.report;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * The deck as PDF: POI draws each slide (text, tables, shapes) into JFreePDF's Graphics2D, and
 * the charts, which POI cannot draw, are drawn by {@link ChartRenderer} into the same rectangle.
 * Everything stays vector, so the PDF prints sharply. Letters are drawn as outlines (JFreePDF's
 * standard fonts have no æ, ø, å), so the PDF's text cannot be searched or copied; the PPTX can.
 */
final class DeckPdf {

    private final ChartRenderer renderer = new ChartRenderer();

    byte[] render(DeckBuilder.Built built) {
        PDFDocument pdf = new PDFDocument();
        pdf.setTitle("Framdrift – rapport");
        pdf.setAuthor("Framdrift");
        List<XSLFSlide> slides = built.slideShow().getSlides();
        for (int i = 0; i < slides.size(); i++) {
            Page page = pdf.createPage(new Rectangle(DeckBuilder.WIDTH, DeckBuilder.HEIGHT));
            PDFGraphics2D g2 = page.getGraphics2D();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // Standard PDF fonts lose æ, ø and å; outlines keep every letter as on the slide.
            g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            slides.get(i).draw(g2);
            for (DeckBuilder.Placement p : built.charts()) {
                if (p.slideIndex() == i) {
                    drawChart(g2, p.spec(), p.area());
                }
            }
        }
        return pdf.getPDFBytes();
    }

    private void drawChart(Graphics2D g2, ChartSpec spec, Rectangle2D area) {
        // The slide carries the heading, source and notes; the chart shows only what the native chart shows.
        JFreeChart chart = renderer.renderForSlide(spec, area.getWidth(), area.getHeight());
        AffineTransform saved = g2.getTransform();
        g2.translate(area.getX(), area.getY());
        chart.draw(g2, new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
        g2.setTransform(saved);
    }
}
