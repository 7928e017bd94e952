package no.framdrift.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.framdrift.domain.ImportKind;
import no.framdrift.ingest.ImportProfile.AreaScheme;

/**
 * Proposes a profile from a file's headers ("vekt" → weight, "år" → year, "kommunenr" → area …).
 * The analyst checks and completes it (question columns need an indicator and answer labels).
 */
public final class MappingProposer {

    static final List<String> YEAR = List.of("aar", "ar", "year", "undersokelsesar", "surveyyear", "arstall");
    static final List<String> DATE = List.of("dato", "date", "svardato", "surveydate");
    static final List<String> WEIGHT = List.of("vekt", "weight", "vekting", "w", "wgt", "vektfaktor");
    static final List<String> PERIOD = List.of("periode", "period", "maned", "maaned", "month", "kvartal", "quarter", "tid", "time", "halvar");
    static final List<String> MUNICIPALITY = List.of("kommunenr", "kommunenummer", "knr", "kommune_nr", "kommunekode", "municipality");
    static final List<String> MUNICIPALITY_NAME = List.of("kommune", "kommunenavn");
    static final List<String> COUNTY = List.of("fylke", "fylkesnr", "fylkesnummer", "county");
    static final List<String> REGION = List.of("helseregion", "region", "rhf");
    static final List<String> AREA = List.of("omrade", "omraade", "area", "geografi");
    static final List<String> NUMERATOR = List.of("teller", "antall", "numerator", "count", "n");
    static final List<String> DENOMINATOR = List.of("nevner", "befolkning", "denominator", "population", "innbyggere", "folketall", "total");
    static final List<String> USES = List.of("bruker", "uses", "i_bruk", "ibruk", "tatt_i_bruk", "har_tjenesten");
    static final List<String> UNIT = List.of("enhet", "enhet_id", "unit", "unit_id", "legekontor", "praksis", "orgnr");
    static final List<String> LIST_PATIENTS = List.of("listepasienter", "listeinnbyggere", "befolkning", "innbyggere", "population");
    static final List<String> BACKGROUND = List.of("profesjon", "yrke", "yrkesgruppe", "arbeidssted", "virksomhet", "helseregion",
            "region", "fylke", "kjonn", "kjoenn", "gender", "alder", "aldersgruppe", "agegroup", "utdanning", "sektor");

    private MappingProposer() {
    }

    /** The most likely kind of extract, judged by its headers. */
    public static ImportKind guessKind(List<String> headers) {
        if (find(headers, USES) != null) {
            return ImportKind.UNITS;
        }
        if (find(headers, PERIOD) != null && (find(headers, NUMERATOR) != null || find(headers, DENOMINATOR) != null)) {
            return ImportKind.REGISTRY;
        }
        if (find(headers, YEAR) != null || find(headers, DATE) != null || find(headers, WEIGHT) != null) {
            return ImportKind.SURVEY;
        }
        return ImportKind.REGISTRY;
    }

    public static ImportProfile propose(String name, List<String> headers) {
        return propose(name, headers, guessKind(headers));
    }

    public static ImportProfile propose(String name, List<String> headers, ImportKind kind) {
        return switch (kind) {
            case SURVEY -> survey(name, headers);
            case REGISTRY -> registry(name, headers);
            case UNITS -> units(name, headers);
            case JSON_STAT -> new ImportProfile(name, kind, null, null, null, null, null,
                    new ImportProfile.JsonStat(null, null, "Region", AreaScheme.ANY, "Tid", ImportProfile.ValueRole.DENOMINATOR, null));
        };
    }

    private static ImportProfile survey(String name, List<String> headers) {
        String year = find(headers, YEAR);
        String date = year == null ? find(headers, DATE) : null;
        String weight = find(headers, WEIGHT);
        Map<String, String> background = new LinkedHashMap<>();
        List<ImportProfile.Question> questions = new ArrayList<>();
        for (String h : headers) {
            String k = normal(h);
            if (h.equals(year) || h.equals(date) || h.equals(weight) || k.equals("id") || k.endsWith("_id") || k.equals("respondent")) {
                continue;
            }
            if (BACKGROUND.contains(k)) {
                background.put(k, h);
            } else {
                questions.add(new ImportProfile.Question(h, null, null, null, List.of(), List.of(), List.of("Vet ikke")));
            }
        }
        return new ImportProfile(name, ImportKind.SURVEY, null, null,
                new ImportProfile.Survey(year, date, weight, background, questions), null, null, null);
    }

    private static ImportProfile registry(String name, List<String> headers) {
        String area = find(headers, MUNICIPALITY);
        AreaScheme scheme = AreaScheme.MUNICIPALITY_NUMBER;
        if (area == null && (area = find(headers, MUNICIPALITY_NAME)) != null) {
            scheme = AreaScheme.MUNICIPALITY_NAME;
        } else if (area == null && (area = find(headers, COUNTY)) != null) {
            scheme = AreaScheme.COUNTY;
        } else if (area == null && (area = find(headers, REGION)) != null) {
            scheme = AreaScheme.REGION;
        } else if (area == null) {
            area = find(headers, AREA);
            scheme = AreaScheme.ANY;
        }
        return new ImportProfile(name, ImportKind.REGISTRY, null, null, null,
                new ImportProfile.Registry(null, null, find(headers, PERIOD), area, area == null ? null : scheme,
                        find(headers, NUMERATOR), find(headers, DENOMINATOR), null, null, null), null, null);
    }

    private static ImportProfile units(String name, List<String> headers) {
        String unit = find(headers, UNIT);
        String municipality = find(headers, MUNICIPALITY);
        if (unit == null) {
            unit = municipality;
        }
        String unitName = find(headers, List.of("navn", "name", "enhetsnavn", "kommunenavn", "kommune"));
        String period = find(headers, PERIOD);
        if (period == null) {
            period = find(headers, YEAR);
        }
        return new ImportProfile(name, ImportKind.UNITS, null, null, null, null,
                new ImportProfile.Units(null, period, unit, unitName, find(headers, USES), find(headers, LIST_PATIENTS),
                        municipality != null && !municipality.equals(unit) ? municipality : null, null), null);
    }

    /** The first header whose normalised text is one of the candidates. */
    static String find(List<String> headers, List<String> candidates) {
        for (String c : candidates) {
            for (String h : headers) {
                if (normal(h).equals(c)) {
                    return h;
                }
            }
        }
        return null;
    }

    /** "År" → "ar", "Kjønn" → "kjonn", "Kommune nr." → "kommune_nr". */
    static String normal(String header) {
        String h = header.trim().toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        h = Normalizer.normalize(h, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        h = h.replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return h;
    }
}
