package no.framdrift.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.ingest.ImportProfile.AreaScheme;

/** Turns the text in an area column into a known area, by the profile's scheme; caches answers. */
final class AreaResolver {

    private final AreaDirectory areas;
    private final AreaScheme scheme;
    private final Map<String, Optional<Area>> cache = new HashMap<>();

    AreaResolver(AreaDirectory areas, AreaScheme scheme) {
        this.areas = areas;
        this.scheme = scheme == null ? AreaScheme.ANY : scheme;
    }

    Optional<Area> resolve(String text) {
        Optional<Area> a = cache.get(text);
        if (a == null) {
            a = lookUp(text.trim());
            cache.put(text, a);
        }
        return a;
    }

    /** "kommunenummer", "fylke" …: how the scheme reads in a message. */
    String describeScheme() {
        return switch (scheme) {
            case MUNICIPALITY_NUMBER -> "kommunenummer";
            case MUNICIPALITY_NAME -> "kommunenavn";
            case COUNTY -> "fylke";
            case REGION -> "helseregion";
            case CUSTOM -> "egendefinert område";
            case ANY -> "område";
        };
    }

    private Optional<Area> lookUp(String t) {
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return switch (scheme) {
            case MUNICIPALITY_NUMBER -> municipalityNumber(t);
            case MUNICIPALITY_NAME -> areas.byName(t, AreaLevel.MUNICIPALITY);
            case COUNTY -> level(t, AreaLevel.COUNTY);
            case REGION -> level(t, AreaLevel.REGION);
            case CUSTOM -> level(t, AreaLevel.CUSTOM);
            case ANY -> any(t);
        };
    }

    private Optional<Area> municipalityNumber(String t) {
        String digits = t.startsWith("K-") ? t.substring(2) : t;
        if (!digits.matches("\\d{3,4}")) {
            return Optional.empty();
        }
        // spreadsheets drop the leading zero of 0301
        String code = digits.length() == 3 ? "0" + digits : digits;
        return areas.byCode(code).filter(a -> a.level() == AreaLevel.MUNICIPALITY);
    }

    private Optional<Area> level(String t, AreaLevel level) {
        String code = t.matches("\\d") ? "0" + t : t;
        Optional<Area> byCode = areas.byCode(code).or(() -> areas.byCode(t.toUpperCase(java.util.Locale.ROOT)))
                .filter(a -> a.level() == level);
        return byCode.isPresent() ? byCode : areas.byName(t, level);
    }

    private Optional<Area> any(String t) {
        if (t.equals("0") || t.equals("00") || t.equals("0000")) {
            return areas.byCode("NO");
        }
        if (t.matches("(K-)?\\d{3,4}")) {
            return municipalityNumber(t);
        }
        if (t.matches("(F-)?\\d{1,2}")) {
            String d = t.startsWith("F-") ? t.substring(2) : t;
            return areas.byCode(d.length() == 1 ? "0" + d : d).filter(a -> a.level() == AreaLevel.COUNTY);
        }
        Optional<Area> byCode = areas.byCode(t).or(() -> areas.byCode(t.toUpperCase(java.util.Locale.ROOT)));
        if (byCode.isPresent()) {
            return byCode;
        }
        Optional<Area> byName = areas.byName(t);
        return byName.isPresent() ? byName : areas.byName(t, AreaLevel.MUNICIPALITY);
    }
}
