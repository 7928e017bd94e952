package no.framdrift.report.map;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;

/**
 * The outline of every area in UTM 33 metres (y grows northwards): municipalities and counties as
 * Kartverket draws them, health regions, Norway and custom areas (Bergensområdet) as the union of
 * their members, so only their outer borders remain. Unions are made on first use and kept.
 */
public final class MapGeometry {

    private static volatile MapGeometry standard;

    private final AreaDirectory areas;
    private final Map<String, GeoOutlines.Outline> municipalities;
    private final Map<String, GeoOutlines.Outline> counties;
    private final Map<String, Shape> unions = new ConcurrentHashMap<>();

    MapGeometry(AreaDirectory areas, Map<String, GeoOutlines.Outline> municipalities,
                Map<String, GeoOutlines.Outline> counties) {
        this.areas = areas;
        this.municipalities = municipalities;
        this.counties = counties;
    }

    /** The outlines shipped with the app over the standard area directory (read once). */
    public static MapGeometry standard() {
        MapGeometry g = standard;
        if (g == null) {
            synchronized (MapGeometry.class) {
                g = standard;
                if (g == null) {
                    g = new MapGeometry(AreaDirectory.standard(),
                            GeoOutlines.read(GeoOutlines.MUNICIPALITIES, "kommunenummer", "kommunenavn"),
                            GeoOutlines.read(GeoOutlines.COUNTIES, "fylkesnummer", "fylkesnavn"));
                    standard = g;
                }
            }
        }
        return g;
    }

    /** The area codes drawn at a level, in the directory's order. */
    public List<String> codes(AreaLevel level) {
        return switch (level) {
            case MUNICIPALITY -> List.copyOf(municipalities.keySet());
            case COUNTY -> List.copyOf(counties.keySet());
            case NATION -> List.of("NO");
            case REGION, CUSTOM -> areas.ofLevel(level).stream().map(no.framdrift.domain.Area::code).toList();
        };
    }

    /** Every area of a level with its outline. */
    public Map<String, Shape> shapes(AreaLevel level) {
        Map<String, Shape> out = new LinkedHashMap<>();
        for (String code : codes(level)) {
            shapeOf(code).ifPresent(s -> out.put(code, s));
        }
        return out;
    }

    /** The outline of any area the directory knows; empty for an area without outlines. */
    public Optional<Shape> shapeOf(String code) {
        GeoOutlines.Outline m = municipalities.get(code);
        if (m != null) {
            return Optional.of(m.shape());
        }
        GeoOutlines.Outline c = counties.get(code);
        if (c != null) {
            return Optional.of(c.shape());
        }
        Optional<no.framdrift.domain.Area> area = areas.byCode(code);
        if (area.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(unions.computeIfAbsent(code, k -> union(area.get())));
    }

    private Shape union(no.framdrift.domain.Area area) {
        List<Shape> members = switch (area.level()) {
            // regions and Norway from counties (fewer, larger pieces: quicker than 357 municipalities)
            case NATION -> counties.values().stream().map(o -> (Shape) o.shape()).toList();
            case REGION -> counties.values().stream()
                    .filter(o -> areas.byCode(o.code()).map(a -> area.code().equals(a.regionCode())).orElse(false))
                    .map(o -> (Shape) o.shape()).toList();
            case CUSTOM -> area.members().stream().map(municipalities::get).filter(java.util.Objects::nonNull)
                    .map(o -> (Shape) o.shape()).toList();
            default -> List.of();
        };
        if (members.isEmpty()) {
            return null;
        }
        Area union = new Area();
        for (Shape s : members) {
            union.add(new Area(s));
        }
        return new Path2D.Double(union);
    }

    /** The extent of the mainland and its islands (every county). */
    public Rectangle2D bounds() {
        Rectangle2D r = null;
        for (GeoOutlines.Outline o : counties.values()) {
            Rectangle2D b = o.shape().getBounds2D();
            r = r == null ? b : r.createUnion(b);
        }
        return r == null ? new Rectangle2D.Double(0, 0, 1, 1) : r;
    }

    /** The name the outline file gives a municipality or county (the directory's name is preferred elsewhere). */
    Optional<String> outlineName(String code) {
        GeoOutlines.Outline o = municipalities.getOrDefault(code, counties.get(code));
        return Optional.ofNullable(o).map(GeoOutlines.Outline::name);
    }
}
