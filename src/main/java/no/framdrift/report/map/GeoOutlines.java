package no.framdrift.report.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the outlines shipped in {@code /geo} (GeoJSON, WGS 84; Kartverket, CC BY 4.0, see
 * geo/README.md) and projects them to UTM zone 33 once, on reading. Each feature becomes one
 * shape (all its polygons and holes, even-odd filled) keyed by its number.
 */
final class GeoOutlines {

    static final String MUNICIPALITIES = "/geo/kommuner-2024.geojson";
    static final String COUNTIES = "/geo/fylker-2024.geojson";

    /** A feature's number and name as the file gives them, and its projected outline. */
    record Outline(String code, String name, Path2D.Double shape) {
    }

    private GeoOutlines() {
    }

    static Map<String, Outline> read(String resource, String codeProperty, String nameProperty) {
        try (InputStream in = GeoOutlines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Outline> out = new LinkedHashMap<>();
            for (JsonNode feature : root.path("features")) {
                String code = feature.path("properties").path(codeProperty).asText();
                String name = feature.path("properties").path(nameProperty).asText();
                out.put(code, new Outline(code, name, shape(feature.path("geometry"))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path2D.Double shape(JsonNode geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        if (type.equals("Polygon")) {
            addPolygon(path, coordinates);
        } else if (type.equals("MultiPolygon")) {
            for (JsonNode polygon : coordinates) {
                addPolygon(path, polygon);
            }
        }
        return path;
    }

    private static void addPolygon(Path2D.Double path, JsonNode rings) {
        for (JsonNode ring : rings) {
            boolean first = true;
            for (JsonNode point : ring) {
                Point2D.Double p = Utm33.project(point.get(0).asDouble(), point.get(1).asDouble());
                if (first) {
                    path.moveTo(p.x, p.y);
                    first = false;
                } else {
                    path.lineTo(p.x, p.y);
                }
            }
            if (!first) {
                path.closePath();
            }
        }
    }
}
