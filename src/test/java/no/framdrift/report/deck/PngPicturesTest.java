package no.framdrift.report.deck;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.junit.jupiter.api.Test;

class PngPicturesTest {

    @Test
    void thePictureHasTheSizePoiWouldDecodeAndTheSameShape() throws Exception {
        byte[] png = png(2400, 1350);
        try (XMLSlideShow ours = new XMLSlideShow(); XMLSlideShow poi = new XMLSlideShow()) {
            var mine = PngPictures.add(ours, png);
            var theirs = poi.addPicture(png, PictureType.PNG);
            // 2400 × 1350 pixels at 96 per inch are 1800 × 1012.5 points, truncated as POI does
            assertThat(mine.getImageDimension()).isEqualTo(new Dimension(1800, 1012))
                    .isEqualTo(theirs.getImageDimension());
            XSLFPictureShape a = ours.createSlide().createPicture(mine);
            XSLFPictureShape b = poi.createSlide().createPicture(theirs);
            assertThat(a.getAnchor()).isEqualTo(b.getAnchor());
            assertThat(mine.getData()).isEqualTo(png);
        }
    }

    @Test
    void theSizeComesFromTheHeaderNotFromDecodingThePixels() throws Exception {
        // the header of a 640 × 360 PNG with its pixel data cut off: POI's decode cannot read it
        byte[] cut = Arrays.copyOf(png(640, 360), 33);
        try (XMLSlideShow ours = new XMLSlideShow(); XMLSlideShow poi = new XMLSlideShow()) {
            assertThat(PngPictures.add(ours, cut).getImageDimension()).isEqualTo(new Dimension(480, 270));
            assertThat(poi.addPicture(cut, PictureType.PNG).getImageDimension()).isNotEqualTo(new Dimension(480, 270));
        }
    }

    @Test
    void onlyAPngHeaderIsRead() throws Exception {
        assertThat(PngPictures.headerSize(png(3, 2))).isEqualTo(new Dimension(3, 2));
        assertThat(PngPictures.headerSize("not a picture at all, longer than 24 bytes".getBytes())).isNull();
        assertThat(PngPictures.headerSize(new byte[8])).isNull();
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1f4e79));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
