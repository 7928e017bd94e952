package no.framdrift.report.chart;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A vector PDF drawn page by page through Java2D (PDFBox and its Graphics2D bridge). Text stays
 * text, so the PDF can be searched and copied: sans-serif fonts become PDF's Helvetica, whose
 * WinAnsi encoding has æ, ø, å and the other Norwegian letters; only characters it lacks are drawn
 * as outlines. The slides' and charts' layout is measured with the screen fonts, so the letters
 * are placed where the slide puts them (Helvetica is a little narrower than most sans fonts).
 */
public final class PdfPages implements AutoCloseable {

    private final PDDocument doc = new PDDocument();
    private final FontDrawer fonts = new FontDrawer();
    private PdfBoxGraphics2D current;
    private PDPage currentPage;

    public PdfPages(String title) {
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setAuthor("Framdrift");
        doc.getDocumentInformation().setCreator("Framdrift");
    }

    /** Starts a page of {@code width × height} points and returns its drawing surface. */
    public Graphics2D newPage(double width, double height) {
        finishPage();
        try {
            currentPage = new PDPage(new PDRectangle((float) width, (float) height));
            doc.addPage(currentPage);
            current = new PdfBoxGraphics2D(doc, (float) width, (float) height);
            current.setFontTextDrawer(fonts);
            current.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishPage() {
        if (current == null) {
            return;
        }
        current.dispose();
        try (PDPageContentStream content = new PDPageContentStream(doc, currentPage)) {
            content.drawForm(current.getXFormObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = null;
    }

    public byte[] bytes() {
        finishPage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            fonts.close();
        } finally {
            try {
                doc.close();
            } catch (IOException e) {
                // only memory
            }
        }
    }

    /** Every font that is not serif or monospaced becomes Helvetica (the slides ask for Calibri). */
    private static final class FontDrawer extends PdfBoxGraphics2DFontTextDrawerDefaultFonts {
        private static final java.nio.charset.Charset WIN_ANSI = java.nio.charset.Charset.forName("windows-1252");

        /** Text Helvetica's WinAnsi cannot encode (e.g. Chinese) is drawn as outlines instead of failing. */
        @Override
        public boolean canDrawText(java.text.AttributedCharacterIterator text, IFontTextDrawerEnv env)
                throws IOException, FontFormatException {
            java.nio.charset.CharsetEncoder encoder = WIN_ANSI.newEncoder();
            for (char c = text.first(); c != java.text.CharacterIterator.DONE; c = text.next()) {
                if (!encoder.canEncode(c)) {
                    return false;
                }
            }
            text.first();
            return super.canDrawText(text, env);
        }

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException, FontFormatException {
            PDFont mapped = super.mapFont(font, env);
            if (mapped != null) {
                return mapped;
            }
            Standard14Fonts.FontName name = font.isBold()
                    ? font.isItalic() ? Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE : Standard14Fonts.FontName.HELVETICA_BOLD
                    : font.isItalic() ? Standard14Fonts.FontName.HELVETICA_OBLIQUE : Standard14Fonts.FontName.HELVETICA;
            return new PDType1Font(name);
        }
    }
}
