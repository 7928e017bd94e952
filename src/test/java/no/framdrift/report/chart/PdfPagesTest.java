package no.framdrift.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import org.junit.jupiter.api.Test;

class PdfPagesTest {

    @Test
    void norwegianTextIsTextAndOtherScriptsDoNotBreakThePage() throws Exception {
        byte[] bytes;
        try (PdfPages pdf = new PdfPages("Test")) {
            Graphics2D g = pdf.newPage(600, 200);
            g.setColor(new Color(0x1F4E79));
            g.setFont(new Font("SansSerif", Font.BOLD, 18));
            g.drawString("Bærekraftig helse- og omsorgssektor – 52 %", 20, 50);
            g.setFont(new Font("Calibri", Font.PLAIN, 14));
            g.drawString("Ærø, Østre Toten, Åfjord", 20, 90);
            g.drawString("中文 ≥ 1,5", 20, 130); // outside WinAnsi: drawn as outlines, never an exception
            Graphics2D second = pdf.newPage(300, 100);
            second.setColor(Color.BLACK);
            second.setFont(new Font("SansSerif", Font.PLAIN, 12));
            second.drawString("Side 2", 10, 50);
            bytes = pdf.bytes();
        }
        try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(600f);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Bærekraftig helse- og omsorgssektor – 52 %").contains("Ærø, Østre Toten, Åfjord")
                    .contains("Side 2").doesNotContain("中文");
        }
    }
}
