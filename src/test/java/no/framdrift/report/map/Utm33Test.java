package no.framdrift.report.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;

class Utm33Test {

    @Test
    void onTheCentralMeridianTheNorthingIsTheScaledMeridianArc() {
        // GRS80 meridian arc to 60° N is 6 654 072.819 m (numerical integration of the radius of
        // curvature); UTM scales it by 0.9996, and 15° E is the false easting.
        Point2D.Double p = Utm33.project(15, 60);
        assertEquals(500_000.0, p.x, 1e-6);
        assertEquals(6_654_072.819 * 0.9996, p.y, 0.01);
    }

    @Test
    void theEquatorAndSymmetryAroundTheCentralMeridian() {
        assertEquals(0.0, Utm33.project(15, 0).y, 1e-6);
        Point2D.Double west = Utm33.project(10, 63);
        Point2D.Double east = Utm33.project(20, 63);
        assertEquals(500_000 - west.x, east.x - 500_000, 1e-6);
        assertEquals(west.y, east.y, 1e-6);
    }

    @Test
    void osloLiesWhereKartverketsUtm33PutsIt() {
        // Oslo sentrum (59.9139 N, 10.7522 E): about E 262 560, N 6 649 444 in EPSG:25833
        Point2D.Double oslo = Utm33.project(10.7522, 59.9139);
        assertEquals(262_560, oslo.x, 5);
        assertEquals(6_649_444, oslo.y, 5);
    }
}
