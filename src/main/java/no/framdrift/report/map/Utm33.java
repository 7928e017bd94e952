package no.framdrift.report.map;

import java.awt.geom.Point2D;

/**
 * Longitude/latitude (WGS 84 / ETRS89) to UTM zone 33 north, EPSG:25833, the projection Kartverket
 * and Statistics Norway draw the whole of Norway in: transverse Mercator on the GRS80 ellipsoid,
 * central meridian 15° E, scale 0.9996, false easting 500 000 m. Conformal, so counties and the
 * coast keep their shape (unlike plain longitude/latitude, which stretches the north).
 *
 * <p>Krüger's series to third order in n (as in the UTM article of the US NGA, DMA TM 8358.2, and
 * Karney 2011), accurate to well under a metre across Norway, even 16° from the central meridian at
 * the Russian border. Hand-written rather than a projection library (proj4j, GeoTools): one fixed
 * projection of about twenty lines, versus a dependency of several hundred kB.
 */
public final class Utm33 {

    private static final double A = 6_378_137.0;            // GRS80 semi-major axis
    private static final double F = 1 / 298.257222101;      // GRS80 flattening
    private static final double K0 = 0.9996;
    private static final double E0 = 500_000.0;
    private static final double LON0 = Math.toRadians(15.0);

    private static final double N = F / (2 - F);
    private static final double A_RECT = A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);
    private static final double[] ALPHA = {
            N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16,
            13 * N * N / 48 - 3 * N * N * N / 5,
            61 * N * N * N / 240,
    };
    private static final double TWO_SQRT_N = 2 * Math.sqrt(N) / (1 + N);

    private Utm33() {
    }

    /** Easting (x, metres) and northing (y, metres, growing northwards) of a point. */
    public static Point2D.Double project(double lonDegrees, double latDegrees) {
        double phi = Math.toRadians(latDegrees);
        double dLambda = Math.toRadians(lonDegrees) - LON0;
        double sinPhi = Math.sin(phi);
        double t = Math.sinh(atanh(sinPhi) - TWO_SQRT_N * atanh(TWO_SQRT_N * sinPhi));
        double xi = Math.atan2(t, Math.cos(dLambda));
        double eta = atanh(Math.sin(dLambda) / Math.sqrt(1 + t * t));
        double e = eta;
        double n = xi;
        for (int j = 1; j <= 3; j++) {
            e += ALPHA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
            n += ALPHA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
        }
        return new Point2D.Double(E0 + K0 * A_RECT * e, K0 * A_RECT * n);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }
}
