package no.framdrift.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import no.framdrift.report.chart.ChartDescription;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.presentationml.x2006.main.CTGraphicalObjectFrame;

/** Every native chart of the deck carries its text alternative (PowerPoint's "Alternativ tekst"). */
class ChartAltTextTest {

    @Test
    void everyChartFrameHasADescriptionStatingTheFinding() throws Exception {
        DeckModel model = SeedDeck.model();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckBuilder().writePptx(model, out);
        List<String> descriptions = new ArrayList<>();
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()))) {
            for (XSLFSlide slide : deck.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFGraphicFrame frame && frame.getXmlObject() instanceof CTGraphicalObjectFrame x
                            && frame.hasChart()) {
                        String descr = x.getNvGraphicFramePr().getCNvPr().getDescr();
                        assertThat(descr).as("slide " + slide.getSlideNumber()).isNotBlank();
                        descriptions.add(descr);
                    }
                }
            }
        }
        assertThat(descriptions).isNotEmpty();
        IndicatorPage first = model.pages().stream().filter(p -> p.chart() != null).findFirst().orElseThrow();
        if (first.chart().panels().isEmpty()) {
            assertThat(descriptions).contains(ChartDescription.of(first.chart()).description());
        }
    }
}
