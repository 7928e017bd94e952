package no.framdrift.ui.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.framdrift.ingest.ImportProfile;

/**
 * Turns an import profile into one role per column (what the wizard's mapping table shows) and
 * back. Parts the table does not show (label maps, excluded answers, person-level flags) are kept
 * from the profile the table was made from; the "Avansert" JSON edits those.
 */
public final class ProfileMapping {

    /**
     * One column's role; for a question, its indicator and the answer labels chosen from the
     * column's values: the valid answers, those that count as positive, and those left out of the
     * denominator ("Vet ikke").
     */
    record Row(String column, ColumnRole role, String indicator, List<String> answers, List<String> positive,
               List<String> excluded) {
        Row {
            indicator = indicator == null ? "" : indicator;
            answers = answers == null ? List.of() : List.copyOf(answers);
            positive = positive == null ? List.of() : List.copyOf(positive);
            excluded = excluded == null ? List.of() : List.copyOf(excluded);
        }

        static Row of(String column, ColumnRole role) {
            return new Row(column, role, "", List.of(), List.of(), List.of());
        }
    }

    private ProfileMapping() {
    }

    /** One row per header, in the file's order, with the role the profile gives it. */
    static List<Row> rows(ImportProfile p, List<String> headers) {
        List<Row> out = new ArrayList<>();
        for (String h : headers) {
            out.add(row(p, h));
        }
        return out;
    }

    private static Row row(ImportProfile p, String h) {
        if (p == null || p.kind() == null) {
            return Row.of(h, ColumnRole.IGNORE);
        }
        switch (p.kind()) {
            case SURVEY -> {
                ImportProfile.Survey s = p.survey();
                if (s == null) {
                    return Row.of(h, ColumnRole.IGNORE);
                }
                if (same(h, s.year())) {
                    return Row.of(h, ColumnRole.YEAR);
                }
                if (same(h, s.date())) {
                    return Row.of(h, ColumnRole.DATE);
                }
                if (same(h, s.weight())) {
                    return Row.of(h, ColumnRole.WEIGHT);
                }
                if (s.background() != null && s.background().values().stream().anyMatch(c -> same(h, c))) {
                    return Row.of(h, ColumnRole.BACKGROUND);
                }
                if (s.questions() != null) {
                    for (ImportProfile.Question q : s.questions()) {
                        if (same(h, q.column())) {
                            return new Row(h, ColumnRole.QUESTION, q.indicator(), q.answers(), q.positive(), q.excluded());
                        }
                    }
                }
            }
            case REGISTRY -> {
                ImportProfile.Registry r = p.registry();
                if (r == null) {
                    return Row.of(h, ColumnRole.IGNORE);
                }
                if (same(h, r.period())) {
                    return Row.of(h, ColumnRole.PERIOD);
                }
                if (same(h, r.area())) {
                    return Row.of(h, ColumnRole.AREA);
                }
                if (same(h, r.numerator())) {
                    return Row.of(h, ColumnRole.NUMERATOR);
                }
                if (same(h, r.denominator())) {
                    return Row.of(h, ColumnRole.DENOMINATOR);
                }
                if (same(h, r.indicatorColumn())) {
                    return Row.of(h, ColumnRole.INDICATOR);
                }
                if (same(h, r.flag())) {
                    return Row.of(h, ColumnRole.FLAG);
                }
            }
            case UNITS -> {
                ImportProfile.Units u = p.units();
                if (u == null) {
                    return Row.of(h, ColumnRole.IGNORE);
                }
                if (same(h, u.period())) {
                    return Row.of(h, ColumnRole.PERIOD);
                }
                if (same(h, u.unitId())) {
                    return Row.of(h, ColumnRole.UNIT_ID);
                }
                if (same(h, u.unitName())) {
                    return Row.of(h, ColumnRole.UNIT_NAME);
                }
                if (same(h, u.uses())) {
                    return Row.of(h, ColumnRole.USES);
                }
                if (same(h, u.population())) {
                    return Row.of(h, ColumnRole.POPULATION);
                }
                if (same(h, u.area())) {
                    return Row.of(h, ColumnRole.AREA);
                }
            }
            default -> {
                return Row.of(h, ColumnRole.IGNORE);
            }
        }
        return Row.of(h, ColumnRole.IGNORE);
    }

    /**
     * The profile the rows describe, built on {@code base} (same kind): the rows decide which
     * column is what; {@code indicator} and {@code scheme} are the profile-wide indicator and area scheme.
     */
    static ImportProfile apply(ImportProfile base, List<Row> rows, String indicator, ImportProfile.AreaScheme scheme) {
        String ind = indicator == null || indicator.isBlank() ? null : indicator.trim();
        return switch (base.kind()) {
            case SURVEY -> survey(base, rows);
            case REGISTRY -> {
                ImportProfile.Registry r = base.registry();
                String indicatorColumn = first(rows, ColumnRole.INDICATOR);
                String area = first(rows, ColumnRole.AREA);
                yield new ImportProfile(base.name(), base.kind(), base.description(), base.file(), null,
                        new ImportProfile.Registry(indicatorColumn == null ? ind : null, indicatorColumn,
                                first(rows, ColumnRole.PERIOD), area, area == null ? null
                                : scheme == null ? ImportProfile.AreaScheme.ANY : scheme,
                                first(rows, ColumnRole.NUMERATOR), first(rows, ColumnRole.DENOMINATOR),
                                r == null ? null : r.personLevel(), first(rows, ColumnRole.FLAG),
                                r == null ? null : r.flagYes()), null, null);
            }
            case UNITS -> {
                ImportProfile.Units u = base.units();
                yield new ImportProfile(base.name(), base.kind(), base.description(), base.file(), null, null,
                        new ImportProfile.Units(ind, first(rows, ColumnRole.PERIOD), first(rows, ColumnRole.UNIT_ID),
                                first(rows, ColumnRole.UNIT_NAME), first(rows, ColumnRole.USES),
                                first(rows, ColumnRole.POPULATION), first(rows, ColumnRole.AREA),
                                u == null ? null : u.usesYes()), null);
            }
            case JSON_STAT -> {
                ImportProfile.JsonStat j = base.jsonStat();
                yield new ImportProfile(base.name(), base.kind(), base.description(), base.file(), null, null, null,
                        j == null ? new ImportProfile.JsonStat(ind, null, null, null, null, null, null)
                                : new ImportProfile.JsonStat(ind, j.dataset(), j.areaDimension(), j.areaScheme(),
                                j.timeDimension(), j.valueRole(), j.filter()));
            }
        };
    }

    private static ImportProfile survey(ImportProfile base, List<Row> rows) {
        ImportProfile.Survey s = base.survey();
        Map<String, String> background = new LinkedHashMap<>();
        List<ImportProfile.Question> questions = new ArrayList<>();
        for (Row r : rows) {
            if (r.role() == ColumnRole.BACKGROUND) {
                background.put(backgroundName(s, r.column()), r.column());
            } else if (r.role() == ColumnRole.QUESTION) {
                ImportProfile.Question was = s == null || s.questions() == null ? null : s.questions().stream()
                        .filter(q -> same(r.column(), q.column())).findFirst().orElse(null);
                questions.add(new ImportProfile.Question(r.column(), r.indicator().isBlank() ? null : r.indicator().trim(),
                        was == null ? null : was.question(), was == null ? null : was.codes(), orNull(r.answers()),
                        orNull(r.positive()), orNull(r.excluded())));
            }
        }
        return new ImportProfile(base.name(), base.kind(), base.description(), base.file(),
                new ImportProfile.Survey(first(rows, ColumnRole.YEAR), first(rows, ColumnRole.DATE),
                        first(rows, ColumnRole.WEIGHT), background, questions), null, null, null);
    }

    /** The variable name the profile already uses for the column, else the column in lower case. */
    private static String backgroundName(ImportProfile.Survey s, String column) {
        if (s != null && s.background() != null) {
            for (Map.Entry<String, String> e : s.background().entrySet()) {
                if (same(column, e.getValue())) {
                    return e.getKey();
                }
            }
        }
        return column.trim().toLowerCase(Locale.ROOT);
    }

    private static String first(List<Row> rows, ColumnRole role) {
        return rows.stream().filter(r -> r.role() == role).map(Row::column).findFirst().orElse(null);
    }

    private static List<String> orNull(List<String> labels) {
        return labels.isEmpty() ? null : labels;
    }

    /** Columns match without regard to case or surrounding blanks, as the import does. */
    private static boolean same(String header, String column) {
        return column != null && header.trim().equalsIgnoreCase(column.trim());
    }
}
