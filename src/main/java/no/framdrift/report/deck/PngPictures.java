package no.framdrift.report.deck;

import java.awt.Dimension;
import java.lang.reflect.Field;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.util.IOUtils;
import org.apache.poi.util.Units;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;

/**
 * Adds a PNG the deck has just drawn without POI decoding it again (issue 16). POI learns a
 * picture's size, for the shape {@code createPicture} makes, by decoding the whole image with
 * ImageIO: for a 2400 × 1350 map about 10 MB of pixels and a tenth of a second on the export's
 * thread, once per map slide, only to read two numbers that the PNG's header holds. POI offers no
 * way to hand it the size (POI 5.5: {@code XSLFPictureData} is final and caches the size and a
 * checksum in private fields once computed), so this fills that cache from the header and the
 * bytes, exactly as POI would compute them ({@code ImageHeaderBitmap}: pixels to points, truncated;
 * {@code IOUtils.calculateChecksum}). If POI's fields ever change, it does
 * nothing and POI decodes the picture as before; {@code PngPicturesTest} checks both give the same.
 */
final class PngPictures {

    private static final Field SIZE = field("origSize", Dimension.class);
    private static final Field CHECKSUM = field("checksum", Long.class);

    private PngPictures() {
    }

    /** {@link XMLSlideShow#addPicture(byte[], PictureType)} for a PNG, its size taken from its header. */
    static XSLFPictureData add(XMLSlideShow deck, byte[] png) {
        XSLFPictureData data = deck.addPicture(png, PictureType.PNG);
        Dimension pixels = headerSize(png);
        if (SIZE != null && CHECKSUM != null && pixels != null) {
            try {
                // POI recomputes both unless both are known; the checksum as POI computes it
                if (SIZE.get(data) == null) {
                    SIZE.set(data, new Dimension((int) Units.pixelToPoints(pixels.width),
                            (int) Units.pixelToPoints(pixels.height)));
                }
                if (CHECKSUM.get(data) == null) {
                    CHECKSUM.set(data, IOUtils.calculateChecksum(png));
                }
            } catch (IllegalAccessException | RuntimeException e) {
                // POI computes it itself
            }
        }
        return data;
    }

    /** Width and height from the PNG's IHDR chunk, or null when the bytes are not a PNG. */
    static Dimension headerSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (png.length < 24) {
            return null;
        }
        for (int i = 0; i < signature.length; i++) {
            if (png[i] != signature[i]) {
                return null;
            }
        }
        if (png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R') {
            return null;
        }
        int width = bigEndian(png, 16);
        int height = bigEndian(png, 20);
        return width > 0 && height > 0 ? new Dimension(width, height) : null;
    }

    private static int bigEndian(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static Field field(String name, Class<?> type) {
        try {
            Field f = XSLFPictureData.class.getDeclaredField(name);
            if (f.getType() != type) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
