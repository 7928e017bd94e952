package no.framdrift.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.report.chart.ExportSize;
import org.junit.jupiter.api.Test;

class MapExporterTest {

    private static final Pattern TITLED_PATH = Pattern.compile("<path id='area-([^']+)'[^>]*><title>([^<]*)</title>");

    private final MapExporter exporter = new MapExporter();

    /** Every area of a level with a made-up share, {@code suppressed} hatched and {@code missing} without data. */
    static MapSpec spec(AreaLevel level, List<String> suppressed, List<String> missing) {
        List<MapArea> areas = new ArrayList<>();
        int i = 0;
        for (Area a : AreaDirectory.standard().ofLevel(level)) {
            double v = 0.2 + 0.6 * (i++ % 10) / 10.0;
            if (suppressed.contains(a.code())) {
                areas.add(new MapArea(a.code(), a.name(), null, true, null, null));
            } else if (missing.contains(a.code())) {
                areas.add(MapArea.noData(a.code(), a.name()));
            } else {
                areas.add(new MapArea(a.code(), a.name(), v, false, NorwegianFormat.percentOfFraction(v, 0), "n = 40"));
            }
        }
        return MapSpec.of("Andel som bruker tjenesten", "3. kvartal 2025", level, areas, List.of(), true,
                "Andel av innbyggerne", "Kilde: test", List.of(), false);
    }

    /** The PNG written from row views (no copy per row) is byte for byte what ImageIO writes from the image itself. */
    @Test
    void pngIsTheSameBytesAsImageIoWritesFromThePlainImage() throws Exception {
        MapSpec spec = spec(AreaLevel.COUNTY, List.of("34"), List.of("03"));
        ExportSize size = new ExportSize(800, 450, 1.5);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        assertTrue(javax.imageio.ImageIO.write(exporter.image(spec, size), "png", plain));
        byte[] png = exporter.png(spec, size);
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain.toByteArray(), png);
        BufferedImage back = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertEquals(1200, back.getWidth());
        assertEquals(675, back.getHeight());
    }

    @Test
    void svgOfCountiesHasFifteenPathsTitledWithTheirNamesALegendAndTheCredit() {
        String svg = exporter.svg(spec(AreaLevel.COUNTY, List.of("34"), List.of()), ExportSize.of(1600, 900));
        List<String> titles = new ArrayList<>();
        Matcher m = TITLED_PATH.matcher(svg);
        while (m.find()) {
            titles.add(m.group(2));
        }
        assertEquals(15, titles.size());
        assertTrue(titles.containsAll(List.of("Oslo", "Vestland", "Trøndelag", "Finnmark", "Møre og Romsdal")), titles.toString());
        assertTrue(svg.contains(">" + MapSpec.CREDIT.replace("&", "&amp;") + "<") || svg.contains(">Kartgrunnlag: © Kartverket (CC BY 4.0)<"));
        assertTrue(svg.contains("<title>Andel som bruker tjenesten</title><desc>"), "the map's own title and desc");
        assertTrue(svg.contains(">Andel av innbyggerne<"), "legend heading");
        assertTrue(svg.contains(">Prikket (:), for lite tall  (1)<"), "suppressed areas counted in the legend");
        assertTrue(svg.contains("<title>Innlandet</title><desc>: (prikket, for lite tall)</desc>"));
        assertTrue(svg.contains("<title>Oslo</title><desc>20 % (n = 40)</desc>"));
    }

    @Test
    void svgOfMunicipalitiesHas357Paths() {
        String svg = exporter.svg(spec(AreaLevel.MUNICIPALITY, List.of(), List.of("0301")), ExportSize.of(1600, 900));
        Matcher m = TITLED_PATH.matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        assertEquals(357, n);
        assertTrue(svg.contains(">Ingen data  (1)<"));
        assertTrue(svg.contains("<title>Guovdageaidnu - Kautokeino</title>"));
    }

    @Test
    void onTheDrawingOsloLiesEastOfBergenAndSouthOfTrondheim() {
        MapRenderer.Layout layout = new MapRenderer().layout(spec(AreaLevel.MUNICIPALITY, List.of(), List.of()), 1600, 900);
        Point2D oslo = centre(layout.areas().get("0301"));
        Point2D bergen = centre(layout.areas().get("4601"));
        Point2D trondheim = centre(layout.areas().get("5001"));
        Point2D bodo = centre(layout.areas().get("1804"));
        Point2D tromso = centre(layout.areas().get("5501"));
        Point2D vadso = centre(layout.areas().get("5607"));
        assertTrue(oslo.getX() > bergen.getX() + 50, "Oslo east of Bergen: " + oslo + " " + bergen);
        assertTrue(oslo.getY() > trondheim.getY() + 50, "Oslo south of (below) Trondheim: " + oslo + " " + trondheim);
        // on a 16:9 drawing Nordland, Troms and Finnmark stand framed beside the south, in their own order
        assertTrue(layout.hasInset());
        for (Point2D north : List.of(bodo, tromso, vadso)) {
            assertTrue(layout.insetBox().contains(north), "in the inset: " + north);
        }
        assertTrue(tromso.getY() < bodo.getY() && vadso.getX() > tromso.getX(), "Tromsø north of Bodø, Vadsø east");
        assertTrue(!layout.insetBox().contains(oslo) && !layout.insetBox().contains(trondheim));
        // the same scale in both parts: Bodø–Tromsø as far apart on the drawing as in UTM 33
        MapGeometry geo = MapGeometry.standard();
        double utm = centre(geo.shapeOf("1804").orElseThrow()).distance(centre(geo.shapeOf("5501").orElseThrow()));
        double utmSouth = centre(geo.shapeOf("0301").orElseThrow()).distance(centre(geo.shapeOf("4601").orElseThrow()));
        assertEquals(bodo.distance(tromso) / utm, oslo.distance(bergen) / utmSouth, 1e-6);
        // nothing clipped: every municipality inside the drawing, none under the legend
        Rectangle2D page = new Rectangle2D.Double(0, 0, 1600, 900);
        for (Shape shape : layout.areas().values()) {
            assertTrue(page.contains(shape.getBounds2D()), "inside the page: " + shape.getBounds2D());
            assertTrue(shape.getBounds2D().getMaxX() < layout.legendX());
        }
        assertEquals(357, layout.areas().size());
        assertEquals(java.util.Optional.of("0301"), layout.codeAt(oslo.getX(), oslo.getY()), "hit test finds Oslo");
        Point2D inTromso = MapRenderer.labelPoint(layout.areas().get("5501"), List.of());
        assertEquals(java.util.Optional.of("5501"), layout.codeAt(inTromso.getX(), inTromso.getY()), "and Tromsø in the inset");
    }

    @Test
    void aTallDrawingShowsTheCountryWholeInItsOwnShape() {
        MapRenderer.Layout layout = new MapRenderer().layout(spec(AreaLevel.COUNTY, List.of(), List.of()), 900, 1400);
        assertTrue(!layout.hasInset());
        Point2D trondheim = centre(layout.areas().get("50"));
        Point2D tromso = centre(layout.areas().get("55"));
        assertTrue(tromso.getY() < trondheim.getY(), "Troms north of Trøndelag");
        // Lindesnes to the Russian border is taller than wide in UTM 33
        Rectangle2D box = layout.mapBox();
        assertTrue(box.getHeight() > box.getWidth());
        assertEquals(box.getWidth() / box.getHeight(),
                MapGeometry.standard().bounds().getWidth() / MapGeometry.standard().bounds().getHeight(), 1e-9);
    }

    @Test
    void aSuppressedAreaIsHatchedAndAnAreaWithoutDataIsLightGrey() {
        // Innlandet suppressed, Trøndelag without data, the rest with values
        MapSpec spec = spec(AreaLevel.COUNTY, List.of("34"), List.of("50"));
        ExportSize size = ExportSize.of(1600, 900);
        BufferedImage img = exporter.image(spec, size);
        MapRenderer.Layout layout = new MapRenderer().layout(spec, 1600, 900);

        int[] innlandet = colours(img, layout.areas().get("34"), spec.classes());
        assertTrue(innlandet[0] > 50, "hatch lines inside Innlandet: " + innlandet[0]);
        assertTrue(innlandet[1] > 200, "light ground between the lines: " + innlandet[1]);
        assertEquals(0, innlandet[3], "no class colour inside a suppressed area");

        int[] trondelag = colours(img, layout.areas().get("50"), spec.classes());
        assertTrue(trondelag[2] > 500, "no-data grey fills Trøndelag");
        assertEquals(0, trondelag[0], "no hatching where there is simply no data");
    }

    /** Counts of pixels strictly inside the shape: [hatch, suppressed ground, no-data grey, any class colour]. */
    private static int[] colours(BufferedImage img, Shape shape, MapClasses classes) {
        int[] counts = new int[4];
        List<Integer> classColours = classes.classes().stream()
                .map(c -> c.colour().getRGB() & 0xFFFFFF).toList();
        Rectangle2D b = shape.getBounds2D();
        for (int x = (int) b.getMinX(); x < b.getMaxX(); x++) {
            for (int y = (int) b.getMinY(); y < b.getMaxY(); y++) {
                // a pixel well inside: its neighbours are inside too (borders are anti-aliased)
                if (!shape.contains(new Rectangle2D.Double(x - 2, y - 2, 5, 5))) {
                    continue;
                }
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (near(rgb, MapRenderer.HATCH)) {
                    counts[0]++;
                } else if (rgb == (MapRenderer.SUPPRESSED_GROUND.getRGB() & 0xFFFFFF)) {
                    counts[1]++;
                } else if (rgb == (MapRenderer.NO_DATA.getRGB() & 0xFFFFFF)) {
                    counts[2]++;
                } else if (classColours.contains(rgb)) {
                    counts[3]++;
                }
            }
        }
        return counts;
    }

    private static boolean near(int rgb, Color c) {
        Color p = new Color(rgb);
        return Math.abs(p.getRed() - c.getRed()) < 40 && Math.abs(p.getGreen() - c.getGreen()) < 40
                && Math.abs(p.getBlue() - c.getBlue()) < 40;
    }

    private static Point2D centre(Shape s) {
        Rectangle2D b = s.getBounds2D();
        return new Point2D.Double(b.getCenterX(), b.getCenterY());
    }
}
