package no.framdrift.report.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import no.framdrift.app.Workspace;
import no.framdrift.app.export.ExportService;
import no.framdrift.domain.AreaLevel;
import no.framdrift.report.chart.ExportSize;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;

/**
 * The README's map pictures from a data folder's workspace: {@code MapDocsImages DATA_DIR OUT_DIR}
 * writes kart-fylker.png, kart-kommuner.png, kart-helseregioner.png and rapport-kart.png (the deck's
 * map slide for DIGIHELSE, drawn by POI). Not a test and not shipped.
 */
public final class MapDocsImages {

    private MapDocsImages() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        try (Workspace ws = Workspace.open(Path.of(args[0]), Workspace.Start.SAMPLE)) {
            ExportService export = ExportService.of(ws);
            ExportSize size = new ExportSize(1200, 675, 1.0);
            export.exportMap(export.mapOf("DIGIHELSE", Optional.of(AreaLevel.COUNTY), Optional.empty()),
                    out.resolve("kart-fylker.png"), size);
            export.exportMap(export.mapOf("DIGIHELSESTASJON", Optional.of(AreaLevel.MUNICIPALITY), Optional.empty()),
                    out.resolve("kart-kommuner.png"), size);
            export.exportMap(export.mapOf("PLL", Optional.of(AreaLevel.REGION), Optional.empty()),
                    out.resolve("kart-helseregioner.png"), size);
            ByteArrayOutputStream pptx = new ByteArrayOutputStream();
            new no.framdrift.report.deck.DeckBuilder().writePptx(export.deckModel(Optional.empty(), null), pptx);
            try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx.toByteArray()))) {
                for (XSLFSlide slide : deck.getSlides()) {
                    if (slide.getTitle() != null && slide.getTitle().endsWith("– kart") || slide.getShapes().stream()
                            .anyMatch(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t
                                    && t.getText().equals("Digihelse – kart"))) {
                        java.awt.Dimension d = deck.getPageSize();
                        BufferedImage img = new BufferedImage(d.width * 5 / 4, d.height * 5 / 4, BufferedImage.TYPE_INT_RGB);
                        Graphics2D g = img.createGraphics();
                        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                        g.setPaint(java.awt.Color.WHITE);
                        g.fillRect(0, 0, img.getWidth(), img.getHeight());
                        g.scale(1.25, 1.25);
                        slide.draw(g);
                        g.dispose();
                        ImageIO.write(img, "png", out.resolve("rapport-kart.png").toFile());
                        System.out.println("Notes: " + java.util.Arrays.stream(deck.getNotesSlide(slide).getPlaceholders())
                                .map(p -> p.getText()).filter(t -> t.contains("Område")).findFirst().orElse("")
                                .lines().limit(4).toList());
                        break;
                    }
                }
            }
        }
    }
}
