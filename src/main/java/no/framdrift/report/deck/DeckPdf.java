package no.framdrift.report.deck;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.jfree.chart.JFreeChart;
import no.framdrift.report.chart.ChartRenderer;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.PdfPages;

/**
 * The deck as PDF: POI draws each slide (text, tables, shapes) into a PDF page's Graphics2D, and
 * the charts, which POI cannot draw, are drawn by {@link ChartRenderer} into the same rectangle.
 * Everything stays vector and the text stays text ({@link PdfPages}), so the PDF prints sharply and
 * can be searched.
 */
public final class DeckPdf {

    private final ChartRenderer renderer = new ChartRenderer();

    byte[] render(DeckBuilder.Built built) {
        try (PdfPages pdf = new PdfPages("Framdrift – rapport")) {
            List<XSLFSlide> slides = built.slideShow().getSlides();
            for (int i = 0; i < slides.size(); i++) {
                Graphics2D g2 = pdf.newPage(DeckBuilder.WIDTH, DeckBuilder.HEIGHT);
                slides.get(i).draw(g2);
                for (DeckBuilder.Placement p : built.charts()) {
                    if (p.slideIndex() == i) {
                        drawChart(g2, p.spec(), p.area());
                    }
                }
            }
            return pdf.bytes();
        }
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
