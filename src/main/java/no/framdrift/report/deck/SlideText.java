package no.framdrift.report.deck;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Text boxes on slides and a size estimate for fitting text into them. PowerPoint's own
 * shrink-on-overflow is not applied by LibreOffice or by POI's drawing, so the deck picks font
 * sizes itself from an estimate of the lines a text needs.
 */
public final class SlideText {

    static final String FONT = "Calibri";
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color ACCENT = new Color(0x1F, 0x3B, 0x57);

    /** Average glyph width of Calibri as a share of the font size, with a margin for wide words. */
    private static final double CHAR_WIDTH = 0.5;
    private static final double LINE_HEIGHT = 1.22;

    private SlideText() {
    }

    static XSLFTextBox box(XSLFSlide slide, Rectangle2D anchor) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.setWordWrap(true);
        box.setInsets(new Insets2D(2, 4, 2, 4));
        box.setVerticalAlignment(VerticalAlignment.TOP);
        box.clearText();
        return box;
    }

    static XSLFTextBox text(XSLFSlide slide, Rectangle2D anchor, String text, double size, boolean bold, Color colour) {
        XSLFTextBox box = box(slide, anchor);
        paragraph(box, text, size, bold, colour);
        return box;
    }

    static XSLFTextParagraph paragraph(XSLFTextShape shape, String text, double size, boolean bold, Color colour) {
        XSLFTextParagraph p = shape.addNewTextParagraph();
        run(p, text, size, bold, colour);
        return p;
    }

    static XSLFTextRun run(XSLFTextParagraph p, String text, double size, boolean bold, Color colour) {
        XSLFTextRun r = p.addNewTextRun();
        r.setText(text == null ? "" : text);
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontColor(colour);
        return r;
    }

    static void align(XSLFTextParagraph p, TextAlign align) {
        p.setTextAlign(align);
    }

    /** Lines the text needs in a box {@code width} points wide at {@code size} points. */
    static int lines(String text, double width, double size) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double perLine = Math.max(1, (width - 8) / (CHAR_WIDTH * size));
        int lines = 0;
        for (String para : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(para.length() / perLine));
        }
        return lines;
    }

    static double height(String text, double width, double size) {
        return lines(text, width, size) * size * LINE_HEIGHT + 4;
    }

    /** The largest size from {@code max} down to {@code min} (half points) at which the text fits. */
    static double fit(String text, double width, double height, double max, double min) {
        return fit(text, width, height, max, min, false);
    }

    /** As {@link #fit(String, double, double, double, double)}; bold text runs about 10 % wider. */
    static double fit(String text, double width, double height, double max, double min, boolean bold) {
        double factor = bold ? 1.12 : 1.0;
        width = width / factor;
        int longestWord = 0;
        for (String word : text.split("[\\s\\-/]+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        for (double s = max; s > min; s -= 0.5) {
            // A word wider than the box would be broken mid-word ("gjennomføringskr-aft"): shrink instead.
            if (height(text, width, s) <= height && longestWord * CHAR_WIDTH * s <= width - 8) {
                return s;
            }
        }
        return min;
    }
}
