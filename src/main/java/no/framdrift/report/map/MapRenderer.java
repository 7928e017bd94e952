package no.framdrift.report.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.framdrift.domain.AreaLevel;

/**
 * Draws a {@link MapSpec} through Java2D, so one drawing serves the screen (FXGraphics2D), PNG,
 * SVG (JFreeSVG) and PDF (PDFBox): title, the choropleth in UTM 33 fitted to the space left of the
 * legend (Svalbard is not drawn), a legend with the classes, "Ingen data" and the hatched
 * suppressed areas named, then source, notes and Kartverket's credit. The words and numbers are in
 * the spec's language ({@link MapSpec#locale()}): Norwegian for everything published.
 *
 * <p>On a wide drawing (the 16:9 exports, the screen, the deck) Northern Norway — Nordland, Troms
 * and Finnmark, i.e. Helse Nord — is drawn in a framed inset beside the south at the same scale,
 * which about doubles the scale of the whole map; on a tall drawing, where the country fits as it
 * is, the map is drawn whole (see docs/decisions/0013).
 *
 * <p>In SVG each area is filled once with the element id {@code area-CODE} (overlays
 * {@code overlay-CODE}); {@link MapExporter} turns these into {@code <path>} elements with titles.
 */
public final class MapRenderer {

    public static final Color NO_DATA = new Color(0xD9, 0xD9, 0xD9);
    public static final Color SUPPRESSED_GROUND = new Color(0xF4, 0xF4, 0xF4);
    public static final Color HATCH = new Color(0x4D, 0x4D, 0x4D);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final String FAMILY = "SansSerif";
    /** At most this many suppressed areas are named in the legend; the rest are counted. */
    static final int NAMED_SUPPRESSED = 12;

    private final MapGeometry geometry;

    public MapRenderer() {
        this(MapGeometry.standard());
    }

    public MapRenderer(MapGeometry geometry) {
        this.geometry = geometry;
    }

    /** Where everything goes for one drawing size: the map's transform and each area's outline on the page. */
    public record Layout(AffineTransform transform, Rectangle2D mapBox, double legendX, double scale,
                         Map<String, Shape> areas, Map<String, Shape> overlays,
                         AffineTransform insetTransform, Rectangle2D insetBox) {

        /** Whether Northern Norway is drawn in an inset (then {@link #insetBox()} is its frame). */
        public boolean hasInset() {
            return insetTransform != null;
        }

        /** An outline in UTM 33 placed on the drawing: in the inset if it belongs there. */
        public Shape place(String code, Shape utm) {
            return (hasInset() && inNorth(code) ? insetTransform : transform).createTransformedShape(utm);
        }

        /** The area under a point of the drawing (overlays first); empty over the sea or the legend. */
        public Optional<String> codeAt(double x, double y) {
            for (Map.Entry<String, Shape> e : overlays.entrySet()) {
                if (e.getValue().contains(x, y)) {
                    return Optional.of(e.getKey());
                }
            }
            for (Map.Entry<String, Shape> e : areas.entrySet()) {
                if (e.getValue().getBounds2D().contains(x, y) && e.getValue().contains(x, y)) {
                    return Optional.of(e.getKey());
                }
            }
            return Optional.empty();
        }
    }

    /** The counties of Helse Nord, whose areas go to the inset: Nordland, Troms, Finnmark. */
    private static final java.util.Set<String> NORTH = java.util.Set.of("18", "55", "56");

    /** Whether an area (county, municipality or the region) lies in Nordland, Troms or Finnmark. */
    static boolean inNorth(String code) {
        if (code.equals("HN")) {
            return true;
        }
        return (code.length() == 2 || code.length() == 4) && code.chars().allMatch(Character::isDigit)
                && NORTH.contains(code.substring(0, 2));
    }

    /** An inset is used only when it makes the map at least this much larger than drawing it whole. */
    static final double INSET_GAIN = 1.2;

    private Rectangle2D southBounds;
    private Rectangle2D northBounds;

    private void groupBounds() {
        if (southBounds != null) {
            return;
        }
        Rectangle2D south = null;
        Rectangle2D north = null;
        for (Map.Entry<String, Shape> e : geometry.shapes(AreaLevel.COUNTY).entrySet()) {
            Rectangle2D b = e.getValue().getBounds2D();
            if (inNorth(e.getKey())) {
                north = north == null ? b : north.createUnion(b);
            } else {
                south = south == null ? b : south.createUnion(b);
            }
        }
        southBounds = south == null ? geometry.bounds() : south;
        northBounds = north;
    }

    /** Places UTM bounds {@code b} at scale k with its top left at (x, y). */
    private static AffineTransform placing(Rectangle2D b, double k, double x, double y) {
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.scale(k, -k);
        t.translate(-b.getMinX(), -b.getMaxY());
        return t;
    }

    private static double lookScale(double width, double height) {
        return Math.max(0.4, Math.min(2.5, Math.min(width / 1600.0, height / 900.0)));
    }

    private static Font font(double scale, int style, double base, double floor) {
        return new Font(FAMILY, style, (int) Math.round(Math.max(floor, base * scale)));
    }

    /** The layout of a map of {@code width × height}. */
    public Layout layout(MapSpec spec, double width, double height) {
        double s = lookScale(width, height);
        double margin = 24 * s;
        double top = margin + 34 * s * 1.3 + (spec.subtitle().isBlank() ? 0 : 24 * s * 1.3)
                + (spec.sampleData() ? 22 * s * 1.4 : 0) + 12 * s;
        int footerLines = 1 + (spec.source().isBlank() ? 0 : 1) + spec.notes().size();
        double bottom = height - margin - footerLines * 16 * s * 1.35 - 8 * s;
        double legendWidth = Math.max(Math.min(0.45 * (width - 2 * margin), 420 * s), 0.3 * (width - 2 * margin));
        // room in the sea to the left for the overlays' labels (Bergensområdet, on the west coast)
        double labelRoom = spec.overlays().stream()
                .mapToDouble(o -> Math.max(o.name().length(), o.valueText() == null ? 10 : o.valueText().length()))
                .map(chars -> chars * 20 * s * 0.62 + 20 * s).max().orElse(0);
        Rectangle2D available = new Rectangle2D.Double(margin + labelRoom,
                top, Math.max(10, width - 2 * margin - legendWidth - labelRoom), Math.max(10, bottom - top));
        Rectangle2D b = geometry.bounds();
        double k = Math.min(available.getWidth() / b.getWidth(), available.getHeight() / b.getHeight());
        // Northern Norway beside the south, same scale, when that draws the country clearly larger
        groupBounds();
        double gap = 28 * s;
        double pad = 8 * s;
        Rectangle2D south = southBounds;
        Rectangle2D north = northBounds;
        double insetK = north == null ? 0 : Math.min(
                (available.getWidth() - gap - 2 * pad) / (south.getWidth() + north.getWidth()),
                (available.getHeight() - 2 * pad) / Math.max(south.getHeight(), north.getHeight()));
        AffineTransform t;
        AffineTransform inset = null;
        Rectangle2D insetBox = null;
        Rectangle2D mapBox;
        if (insetK > k * INSET_GAIN) {
            double ws = south.getWidth() * insetK;
            double hs = south.getHeight() * insetK;
            double wn = north.getWidth() * insetK;
            double hn = north.getHeight() * insetK;
            double blockW = ws + gap + wn + pad;
            double blockH = Math.max(hs, hn + 2 * pad);
            double ox = available.getX() + (available.getWidth() - blockW) / 2;
            double oy = available.getY(); // at the top, beside the legend, not floating mid-page
            // the south at the bottom left, the north framed at the top right, as on a wall map
            t = placing(south, insetK, ox, oy + blockH - hs);
            inset = placing(north, insetK, ox + ws + gap, oy + pad);
            insetBox = new Rectangle2D.Double(ox + ws + gap - pad, oy, wn + 2 * pad, hn + 2 * pad);
            mapBox = new Rectangle2D.Double(ox, oy, blockW, blockH);
        } else {
            double w = b.getWidth() * k;
            double h = b.getHeight() * k;
            double ox = available.getX() + (available.getWidth() - w) / 2;
            double oy = available.getY();
            t = placing(b, k, ox, oy);
            mapBox = new Rectangle2D.Double(ox, oy, w, h);
        }
        Layout layout = new Layout(t, mapBox, mapBox.getMaxX() + 32 * s, s, new LinkedHashMap<>(), new LinkedHashMap<>(),
                inset, insetBox);
        for (MapArea a : spec.areas()) {
            geometry.shapeOf(a.code()).ifPresent(shape -> layout.areas().put(a.code(), layout.place(a.code(), shape)));
        }
        for (MapArea a : spec.overlays()) {
            geometry.shapeOf(a.code()).ifPresent(shape -> layout.overlays().put(a.code(), layout.place(a.code(), shape)));
        }
        return layout;
    }

    /** Draws the map into {@code area} (its origin is the drawing's top left). */
    public void draw(Graphics2D g2, MapSpec spec, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.translate(area.getX(), area.getY());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setPaint(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
            Layout layout = layout(spec, area.getWidth(), area.getHeight());
            drawHeader(g, spec, layout.scale());
            drawAreas(g, spec, layout);
            drawLegend(g, spec, layout, area.getHeight());
            drawFooter(g, spec, area.getHeight(), layout.scale());
        } finally {
            g.dispose();
        }
    }

    private void drawHeader(Graphics2D g, MapSpec spec, double s) {
        double margin = 24 * s;
        Font title = font(s, Font.BOLD, 34, 15);
        g.setFont(title);
        g.setPaint(TEXT);
        FontMetrics fm = g.getFontMetrics();
        double y = margin + fm.getAscent();
        g.drawString(spec.title(), (float) margin, (float) y);
        if (!spec.subtitle().isBlank()) {
            Font sub = font(s, Font.PLAIN, 24, 12);
            g.setFont(sub);
            g.setPaint(MUTED);
            y += title.getSize() * 0.35 + sub.getSize() * 1.1;
            g.drawString(spec.subtitle(), (float) margin, (float) y);
        }
        if (spec.sampleData()) {
            // as on the charts: in red at the top, so example figures never pass for official ones
            Font mark = font(s, Font.BOLD, 22, 11);
            g.setFont(mark);
            g.setPaint(no.framdrift.report.chart.ChartPalette.SAMPLE_MARK);
            y += mark.getSize() * 1.4;
            g.drawString(spec.sampleMark(), (float) margin, (float) y);
        }
    }

    private void drawAreas(Graphics2D g, MapSpec spec, Layout layout) {
        double s = layout.scale();
        Map<String, MapArea> byCode = new LinkedHashMap<>();
        spec.areas().forEach(a -> byCode.put(a.code(), a));
        for (Map.Entry<String, Shape> e : layout.areas().entrySet()) {
            fillArea(g, spec, byCode.get(e.getKey()), e.getValue(), "area-", s);
        }
        // borders: one path for all, white between neighbours, so the SVG has one border element
        Path2D.Double borders = new Path2D.Double();
        layout.areas().values().forEach(shape -> borders.append(shape, false));
        g.setPaint(Color.WHITE);
        float borderWidth = (float) Math.max(0.3, (spec.level() == AreaLevel.MUNICIPALITY ? 0.5 : 1.4) * s);
        g.setStroke(new BasicStroke(borderWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(borders);
        if (spec.level() == AreaLevel.MUNICIPALITY) {
            // county borders for orientation
            Path2D.Double counties = new Path2D.Double();
            geometry.shapes(AreaLevel.COUNTY)
                    .forEach((code, shape) -> counties.append(layout.place(code, shape), false));
            g.setPaint(new Color(0x80, 0x80, 0x80));
            g.setStroke(new BasicStroke((float) Math.max(0.5, 1.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(counties);
        }
        if (layout.hasInset()) {
            g.setPaint(new Color(0x99, 0x99, 0x99));
            g.setStroke(new BasicStroke((float) Math.max(0.6, 1.0 * s)));
            g.draw(layout.insetBox());
        }
        if (spec.level() == AreaLevel.REGION) {
            drawLabels(g, spec.areas(), layout.areas(), layout.overlays().values(), s);
        }
        Map<String, MapArea> overlays = new LinkedHashMap<>();
        spec.overlays().forEach(a -> overlays.put(a.code(), a));
        for (Map.Entry<String, Shape> e : layout.overlays().entrySet()) {
            MapArea a = overlays.get(e.getKey());
            fillArea(g, spec, a, e.getValue(), "overlay-", s);
            g.setPaint(TEXT);
            g.setStroke(new BasicStroke((float) Math.max(1.2, 2.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(e.getValue());
            overlayLabel(g, a, spec.shownValue(a), e.getValue(), s);
        }
    }

    private void fillArea(Graphics2D g, MapSpec spec, MapArea a, Shape shape, String idPrefix, double s) {
        if (a == null) {
            return;
        }
        g.setRenderingHint(org.jfree.svg.SVGHints.KEY_ELEMENT_ID, idPrefix + a.code());
        switch (a.state()) {
            case VALUE -> g.setPaint(spec.classes().classOf(a.value()).map(MapClasses.MapClass::colour).orElse(NO_DATA));
            case SUPPRESSED -> g.setPaint(SUPPRESSED_GROUND);
            case NO_DATA -> g.setPaint(NO_DATA);
        }
        g.fill(shape);
        if (a.state() == MapArea.State.SUPPRESSED) {
            hatch(g, shape, s);
        }
    }

    /** Diagonal lines clipped to the shape, drawn as one path (vector in SVG and PDF, no texture). */
    static void hatch(Graphics2D g, Shape shape, double s) {
        Rectangle2D b = shape.getBounds2D();
        double gap = Math.max(3, 7 * s);
        Path2D.Double lines = new Path2D.Double();
        for (double x = b.getMinX() - b.getHeight(); x < b.getMaxX(); x += gap) {
            lines.append(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()), false);
        }
        Shape oldClip = g.getClip();
        g.clip(shape);
        g.setPaint(HATCH);
        g.setStroke(new BasicStroke((float) Math.max(0.6, 1.2 * s)));
        g.draw(lines);
        g.setClip(oldClip);
    }

    private void drawLabels(Graphics2D g, List<MapArea> areas, Map<String, Shape> shapes,
                            java.util.Collection<Shape> avoid, double s) {
        Font f = font(s, Font.BOLD, 20, 10);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        for (MapArea a : areas) {
            Shape shape = shapes.get(a.code());
            if (shape == null || a.state() == MapArea.State.NO_DATA) {
                continue;
            }
            List<Rectangle2D> keepClear = avoid.stream().map(o -> {
                Rectangle2D r = o.getBounds2D();
                double pad = 60 * s;
                return (Rectangle2D) new Rectangle2D.Double(r.getX() - pad, r.getY() - pad, r.getWidth() + 2 * pad,
                        r.getHeight() + 2 * pad);
            }).toList();
            Point2D p = labelPoint(shape, keepClear);
            String text = a.valueText();
            float x = (float) (p.getX() - fm.stringWidth(text) / 2.0);
            float y = (float) (p.getY() + fm.getAscent() / 2.0);
            haloText(g, text, x, y, s);
        }
    }

    private static void haloText(Graphics2D g, String text, float x, float y, double s) {
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(2, 4 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        java.awt.font.TextLayout tl = new java.awt.font.TextLayout(text, g.getFont(), g.getFontRenderContext());
        g.draw(tl.getOutline(AffineTransform.getTranslateInstance(x, y)));
        g.setPaint(TEXT);
        g.drawString(text, x, y);
    }

    /** A point inside the shape near the middle of its bounds (a region's middle may be sea or Sweden). */
    static Point2D labelPoint(Shape shape, List<Rectangle2D> keepClear) {
        Rectangle2D b = shape.getBounds2D();
        Point2D centre = new Point2D.Double(b.getCenterX(), b.getCenterY());
        if (shape.contains(centre) && keepClear.stream().noneMatch(r -> r.contains(centre))) {
            return centre;
        }
        Point2D best = centre;
        double bestDistance = Double.MAX_VALUE;
        int n = 24;
        for (int i = 1; i < n; i++) {
            for (int j = 1; j < n; j++) {
                double x = b.getMinX() + b.getWidth() * i / n;
                double y = b.getMinY() + b.getHeight() * j / n;
                double d = centre.distance(x, y);
                double px = x;
                double py = y;
                if (d < bestDistance && shape.contains(x, y) && keepClear.stream().noneMatch(r -> r.contains(px, py))) {
                    bestDistance = d;
                    best = new Point2D.Double(x, y);
                }
            }
        }
        return best;
    }

    /**
     * The overlay's name and value in the sea to its left (west coast areas such as Bergensområdet),
     * on two lines when one does not fit between the margin and the area, with a leader line.
     */
    private void overlayLabel(Graphics2D g, MapArea a, String value, Shape shape, double s) {
        Font f = font(s, Font.BOLD, 20, 10);
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        Rectangle2D b = shape.getBounds2D();
        double gap = 14 * s;
        double margin = 24 * s;
        List<String> lines = List.of(a.name() + ": " + value);
        if (b.getMinX() - gap - fm.stringWidth(lines.get(0)) < margin) {
            lines = List.of(a.name(), value);
        }
        double textWidth = lines.stream().mapToInt(fm::stringWidth).max().orElse(0);
        double right = Math.max(margin + textWidth, b.getMinX() - gap);
        double lineHeight = fm.getHeight();
        double y = b.getCenterY() - (lines.size() - 1) * lineHeight / 2 + fm.getAscent() / 2.0;
        g.setPaint(TEXT);
        g.setStroke(new BasicStroke((float) Math.max(0.8, 1.5 * s)));
        if (right + 3 * s < b.getMinX()) {
            g.draw(new Line2D.Double(right + 3 * s, b.getCenterY(), b.getMinX(), b.getCenterY()));
        }
        for (String line : lines) {
            haloText(g, line, (float) (right - fm.stringWidth(line)), (float) y, s);
            y += lineHeight;
        }
    }

    private void drawLegend(Graphics2D g, MapSpec spec, Layout layout, double height) {
        double s = layout.scale();
        double x = layout.legendX();
        double y = layout.mapBox().getY() + 8 * s;
        Font heading = font(s, Font.BOLD, 20, 10);
        Font text = font(s, Font.PLAIN, 20, 10);
        Font small = font(s, Font.PLAIN, 17, 9);
        double swatchW = 34 * s;
        double swatchH = 22 * s;
        double row = Math.max(swatchH, text.getSize() * 1.2) + 8 * s;
        no.framdrift.domain.Texts texts = spec.texts();
        if (!spec.valueHeading().isBlank()) {
            g.setFont(heading);
            g.setPaint(TEXT);
            y += g.getFontMetrics().getAscent();
            g.drawString(spec.valueHeading(), (float) x, (float) y);
            y += 14 * s;
        }
        g.setFont(text);
        FontMetrics fm = g.getFontMetrics();
        // the highest class on top, as the eye reads a map's legend
        List<MapClasses.MapClass> classes = new ArrayList<>(spec.classes().classes());
        java.util.Collections.reverse(classes);
        for (MapClasses.MapClass c : classes) {
            long count = java.util.stream.Stream.concat(spec.areas().stream(), spec.overlays().stream())
                    .filter(a -> a.state() == MapArea.State.VALUE)
                    .filter(a -> spec.classes().classOf(a.value()).map(c::equals).orElse(false)).count();
            swatch(g, x, y, swatchW, swatchH, c.colour(), false, s);
            g.setPaint(TEXT);
            g.drawString(c.label() + "  (" + count + ")", (float) (x + swatchW + 12 * s),
                    (float) (y + swatchH / 2 + fm.getAscent() / 2.5));
            y += row;
        }
        long noData = spec.areas().stream().filter(a -> a.state() == MapArea.State.NO_DATA).count();
        if (noData > 0) {
            swatch(g, x, y, swatchW, swatchH, NO_DATA, false, s);
            g.setPaint(TEXT);
            g.drawString(texts.get("map.spec.noData") + "  (" + noData + ")", (float) (x + swatchW + 12 * s),
                    (float) (y + swatchH / 2 + fm.getAscent() / 2.5));
            y += row;
        }
        List<MapArea> suppressed = spec.suppressed();
        if (!suppressed.isEmpty()) {
            swatch(g, x, y, swatchW, swatchH, SUPPRESSED_GROUND, true, s);
            g.setPaint(TEXT);
            g.setFont(text);
            g.drawString(texts.get("map.spec.suppressed") + "  (" + suppressed.size() + ")", (float) (x + swatchW + 12 * s),
                    (float) (y + swatchH / 2 + fm.getAscent() / 2.5));
            y += row;
            g.setFont(small);
            g.setPaint(MUTED);
            List<String> names = suppressed.stream().limit(NAMED_SUPPRESSED).map(MapArea::name).toList();
            String list = suppressed.size() > NAMED_SUPPRESSED
                    ? texts.format("map.spec.andMore", String.join(", ", names),
                    String.valueOf(suppressed.size() - NAMED_SUPPRESSED))
                    : String.join(", ", names);
            double maxWidth = Math.max(100, layout.legendX() > 0 ? (layout.mapBox().getMaxX() + 1000) : 300);
            maxWidth = Math.min(maxWidth, 420 * s);
            for (String line : wrap(list, g.getFontMetrics(), maxWidth)) {
                y += g.getFontMetrics().getAscent();
                g.drawString(line, (float) (x + swatchW + 12 * s), (float) y);
                y += 4 * s;
            }
            y += 10 * s;
            g.setFont(text);
        }
        for (MapArea o : spec.overlays()) {
            Color fill = o.state() == MapArea.State.VALUE
                    ? spec.classes().classOf(o.value()).map(MapClasses.MapClass::colour).orElse(NO_DATA)
                    : o.state() == MapArea.State.SUPPRESSED ? SUPPRESSED_GROUND : NO_DATA;
            swatch(g, x, y, swatchW, swatchH, fill, o.state() == MapArea.State.SUPPRESSED, s);
            g.setPaint(TEXT);
            g.setStroke(new BasicStroke((float) Math.max(1.2, 2.5 * s)));
            g.draw(new Rectangle2D.Double(x, y, swatchW, swatchH));
            g.drawString(o.name() + ": " + spec.shownValue(o),
                    (float) (x + swatchW + 12 * s), (float) (y + swatchH / 2 + fm.getAscent() / 2.5));
            y += row;
        }
    }

    private static void swatch(Graphics2D g, double x, double y, double w, double h, Color fill, boolean hatched, double s) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        g.setPaint(fill);
        g.fill(r);
        if (hatched) {
            hatch(g, r, s);
        }
        g.setPaint(new Color(0x99, 0x99, 0x99));
        g.setStroke(new BasicStroke((float) Math.max(0.5, 1 * s)));
        g.draw(r);
    }

    static List<String> wrap(String text, FontMetrics fm, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void drawFooter(Graphics2D g, MapSpec spec, double height, double s) {
        double margin = 24 * s;
        Font f = font(s, Font.PLAIN, 16, 9);
        g.setFont(f);
        g.setPaint(MUTED);
        List<String> lines = new ArrayList<>();
        spec.sourceLine().ifPresent(lines::add);
        lines.addAll(spec.notes());
        lines.add(spec.credit());
        double lineHeight = f.getSize() * 1.35;
        double y = height - margin - (lines.size() - 1) * lineHeight;
        for (String line : lines) {
            g.drawString(line, (float) margin, (float) y);
            y += lineHeight;
        }
    }
}
