package no.framdrift.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The areas Framdrift knows (reference/areas.csv: Norway, the four health regions, the 15 counties
 * and the 357 municipalities of 2024, and custom areas), looked up by code or by name.
 */
public final class AreaDirectory {

    static final String RESOURCE = "/reference/areas.csv";
    static final String CHANGES = "/reference/area-changes.csv";
    private static volatile AreaDirectory standard;

    private final Map<String, Area> byCode = new LinkedHashMap<>();
    private final Map<String, List<Area>> byName = new HashMap<>();
    private final Map<String, List<AreaChange>> changes = new HashMap<>();

    public AreaDirectory(List<Area> areas) {
        this(areas, List.of());
    }

    /**
     * The areas of the current division (2024) and the change table from earlier versions, so a code
     * valid in an extract's own year can be told apart from an unknown one.
     */
    public AreaDirectory(List<Area> areas, List<AreaChange> changeTable) {
        for (AreaChange c : changeTable) {
            changes.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c);
        }
        for (Area a : areas) {
            byCode.put(a.code(), a);
        }
        for (Area a : areas) {
            addName(a.name(), a);
            // "Guovdageaidnu - Kautokeino": also known by each of its names; "Herøy (Nordland)" also as "Herøy"
            for (String part : a.name().split(" - ")) {
                addName(part, a);
            }
            if (a.name().contains(" (")) {
                addName(a.name().substring(0, a.name().indexOf(" (")), a);
            }
        }
        byName.computeIfAbsent(nameKey("Hele landet"), k -> new ArrayList<>()).addAll(byCode.containsKey("NO") ? List.of(byCode.get("NO")) : List.of());
        byName.computeIfAbsent(nameKey("Nasjonalt"), k -> new ArrayList<>()).addAll(byCode.containsKey("NO") ? List.of(byCode.get("NO")) : List.of());
    }

    /** The directory shipped with the app. */
    public static AreaDirectory standard() {
        AreaDirectory d = standard;
        if (d == null) {
            try (InputStream in = AreaDirectory.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing from the build: " + RESOURCE);
                }
                d = new AreaDirectory(parse(in), readChanges());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = d;
        }
        return d;
    }

    private static List<AreaChange> readChanges() throws IOException {
        try (InputStream in = AreaDirectory.class.getResourceAsStream(CHANGES)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + CHANGES);
            }
            return parseChanges(in);
        }
    }

    /** Columns: code;name;level;valid_from;valid_to;successor;successor_name;change (renumbered | split). */
    static List<AreaChange> parseChanges(InputStream in) throws IOException {
        List<AreaChange> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code;")) {
                continue;
            }
            String[] f = line.split(";", -1);
            out.add(new AreaChange(f[0].trim(), f[1].trim(), AreaLevel.valueOf(f[2].trim()),
                    java.time.LocalDate.parse(f[3].trim()), java.time.LocalDate.parse(f[4].trim()), f[5].trim(),
                    f[6].trim(), AreaChange.Kind.valueOf(f[7].trim().toUpperCase(Locale.ROOT))));
        }
        return out;
    }

    /**
     * The change-table lines of a code from an earlier version (one per successor); empty for a
     * current or unknown code.
     */
    public List<AreaChange> changesOf(String oldCode) {
        return oldCode == null ? List.of() : List.copyOf(changes.getOrDefault(oldCode.trim(), List.of()));
    }

    /** The current area an earlier code was renumbered to; empty when it is current, unknown or split. */
    public Optional<Area> successorOf(String oldCode) {
        List<AreaChange> c = changesOf(oldCode);
        if (c.size() == 1 && c.get(0).kind() == AreaChange.Kind.RENUMBERED) {
            return byCode(c.get(0).successor());
        }
        return Optional.empty();
    }

    /** Columns: code;name;level;county;region;members (members separated by spaces). */
    static List<Area> parse(InputStream in) throws IOException {
        List<Area> areas = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code;")) {
                continue;
            }
            String[] f = line.split(";", -1);
            List<String> members = f.length > 5 && !f[5].isBlank() ? Arrays.asList(f[5].trim().split("\\s+")) : List.of();
            areas.add(new Area(f[0].trim(), f[1].trim(), AreaLevel.valueOf(f[2].trim()), blankToNull(f[3]), blankToNull(f[4]), members));
        }
        return areas;
    }

    private void addName(String name, Area a) {
        List<Area> list = byName.computeIfAbsent(nameKey(name), k -> new ArrayList<>());
        if (!list.contains(a)) {
            list.add(a);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Optional<Area> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** The area with this name; empty when unknown or when several areas share the name (Herøy, Våler). */
    public Optional<Area> byName(String name) {
        List<Area> found = name == null ? List.of() : byName.getOrDefault(nameKey(name), List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The area of the given level with this name ("Oslo" is both a county and a municipality). */
    public Optional<Area> byName(String name, AreaLevel level) {
        List<Area> found = name == null ? List.of() : byName.getOrDefault(nameKey(name), List.of()).stream()
                .filter(a -> a.level() == level).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public List<Area> all() {
        return List.copyOf(byCode.values());
    }

    public List<Area> ofLevel(AreaLevel level) {
        return byCode.values().stream().filter(a -> a.level() == level).toList();
    }

    /** The municipalities an area covers (itself for a municipality; every one for Norway). */
    public List<String> municipalitiesOf(String code) {
        Area a = byCode.get(code);
        if (a == null) {
            return List.of();
        }
        return switch (a.level()) {
            case MUNICIPALITY -> List.of(a.code());
            case CUSTOM -> a.members();
            case NATION -> ofLevel(AreaLevel.MUNICIPALITY).stream().map(Area::code).toList();
            case COUNTY -> ofLevel(AreaLevel.MUNICIPALITY).stream().filter(m -> code.equals(m.countyCode())).map(Area::code).toList();
            case REGION -> ofLevel(AreaLevel.MUNICIPALITY).stream().filter(m -> code.equals(m.regionCode())).map(Area::code).toList();
        };
    }

    public Map<String, Area> asMap() {
        return Collections.unmodifiableMap(byCode);
    }

    /** Case, accents and "kommune"/"fylke" suffixes do not matter when looking up by name. */
    static String nameKey(String name) {
        String n = SPACES.matcher(name.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        n = SUFFIX.matcher(n).replaceAll("");
        n = RHF.matcher(n).replaceAll("");
        n = n.replace("æ", "ae").replace("ø", "o").replace("å", "aa");
        if (!n.chars().allMatch(c -> c < 0x80)) {
            // plain ASCII has no accents to take off (the directory's ~800 names are read at every start)
            n = MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
        }
        return n;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile(" (kommune|fylke|fylkeskommune)$");
    private static final java.util.regex.Pattern RHF = java.util.regex.Pattern.compile("\\s*rhf$");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
}
