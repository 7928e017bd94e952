package no.framdrift.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Message;
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

    /**
     * A code of the 2020–2023 division (e.g. 3001 Halden) renumbered on 2024-01-01 resolves to its
     * 2024 area; {@link #note} then says so. A code whose area was split (1507 Ålesund, 30 Viken) does
     * not resolve, and {@link #whyUnknown} says which version it is from and why it cannot be mapped.
     */
    Optional<Area> resolve(String text) {
        Optional<Area> a = cache.get(text);
        if (a == null) {
            a = lookUp(text.trim());
            cache.put(text, a);
        }
        return a;
    }

    /** "kommunenummer", "fylke" …: how the scheme reads in a message. */
    Message describeScheme() {
        return Message.of("area.scheme." + scheme.name());
    }

    /** The note for a code moved onto the current division ("3001 Halden … er ført på 3101 Halden"). */
    Optional<Message> note(String text) {
        Optional<no.framdrift.domain.AreaChange> c = change(text.trim());
        if (c.isEmpty() || c.get().kind() != no.framdrift.domain.AreaChange.Kind.RENUMBERED) {
            return Optional.empty();
        }
        no.framdrift.domain.AreaChange ch = c.get();
        return Optional.of(Message.of("problem.area.renumbered", ch.code(), ch.name(), levelWord(ch.level()),
                ch.validYears(), ch.successor(), ch.successorName()));
    }

    /** Why a text is no area: an old code whose area was split, or an unknown number, in exact words. */
    Message whyUnknown(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return Message.of("problem.area.unknownEmpty", describeScheme());
        }
        java.util.List<no.framdrift.domain.AreaChange> lines = areas.changesOf(oldCode(t));
        if (!lines.isEmpty() && lines.get(0).kind() == no.framdrift.domain.AreaChange.Kind.SPLIT) {
            no.framdrift.domain.AreaChange first = lines.get(0);
            String successors = lines.stream().map(c -> c.successor() + " " + c.successorName())
                    .collect(java.util.stream.Collectors.joining(", "));
            return Message.of(first.level() == AreaLevel.COUNTY ? "problem.area.splitCounty" : "problem.area.split",
                    first.code(), first.name(), levelWord(first.level()), first.validYears(), successors);
        }
        return Message.of("problem.area.unknown", describeScheme());
    }

    private Optional<no.framdrift.domain.AreaChange> change(String t) {
        java.util.List<no.framdrift.domain.AreaChange> lines = areas.changesOf(oldCode(t));
        return lines.size() == 1 ? Optional.of(lines.get(0)) : Optional.empty();
    }

    /** "K-3001" → "3001", "301" → "0301", "F-3" → "03": how the change table writes codes. */
    private String oldCode(String t) {
        String d = t.startsWith("K-") || t.startsWith("F-") ? t.substring(2) : t;
        if (d.matches("\\d{3}") && scheme != AreaScheme.COUNTY) {
            return "0" + d;
        }
        if (d.matches("\\d")) {
            return "0" + d;
        }
        return d;
    }

    private static Message levelWord(AreaLevel level) {
        return Message.of(level == AreaLevel.COUNTY ? "area.code.county" : "area.code.municipality");
    }

    private Optional<Area> lookUp(String t) {
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<Area> current = lookUpCurrent(t);
        if (current.isPresent() || !t.matches("(K-|F-)?\\d{1,4}")) {
            return current;
        }
        // a code of the 2020–2023 division renumbered in 2024 (not reused, so no clash with a current code)
        return areas.successorOf(oldCode(t)).filter(a -> switch (scheme) {
            case MUNICIPALITY_NUMBER -> a.level() == AreaLevel.MUNICIPALITY;
            case COUNTY -> a.level() == AreaLevel.COUNTY;
            case ANY -> true;
            default -> false;
        });
    }

    private Optional<Area> lookUpCurrent(String t) {
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
