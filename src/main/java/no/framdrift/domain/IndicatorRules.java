package no.framdrift.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules an indicator definition must meet before it is saved. */
public final class IndicatorRules {

    public static final int FIRST_AMBITION_YEAR = 2024;
    public static final int LAST_AMBITION_YEAR = 2035;

    private IndicatorRules() {
    }

    /**
     * Checks one indicator against the catalogue it belongs to.
     *
     * @param originalCode the code the indicator had before editing (null for a new one), so that
     *                     keeping one's own code is not a clash
     */
    public static List<ValidationProblem> validate(Indicator i, String originalCode, Catalogue catalogue) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (i.name() == null || i.name().isBlank()) {
            problems.add(new ValidationProblem("name", "validation.name.required", "Navn må fylles ut."));
        }
        if (i.code() == null || i.code().isBlank()) {
            problems.add(new ValidationProblem("code", "validation.code.required", "Kode må fylles ut."));
        } else if (!i.code().matches("[A-Z0-9_]+")) {
            problems.add(new ValidationProblem("code", "validation.code.format",
                    "Kode kan bare ha store bokstaver A–Z, sifre og _."));
        } else {
            boolean clash = catalogue.indicators().stream()
                    .anyMatch(o -> o.code().equals(i.code()) && !o.code().equals(originalCode))
                    || catalogue.futureIndicators().stream().anyMatch(f -> f.code().equals(i.code()));
            if (clash) {
                problems.add(new ValidationProblem("code", "validation.code.unique",
                        "Koden " + i.code() + " er allerede i bruk."));
            }
        }
        if (i.goal() == null || catalogue.goal(i.goal()).isEmpty()) {
            problems.add(new ValidationProblem("goal", "validation.goal.required", "Velg et målområde."));
        }
        if (i.status() == null) {
            problems.add(new ValidationProblem("status", "validation.status.required", "Velg status."));
        }
        if (i.frequency() == null) {
            problems.add(new ValidationProblem("frequency", "validation.frequency.required", "Velg oppdateringsfrekvens."));
        }
        if (i.kind() == null) {
            problems.add(new ValidationProblem("kind", "validation.kind.required", "Velg type indikator."));
        }
        if (i.kind() != null && !i.timeAggregation().fits(i.kind())) {
            problems.add(new ValidationProblem("timeAggregation", "validation.timeAggregation.sum",
                    "En andel kan ikke summeres over tid: velg sum teller delt på sum nevner, verdien ved periodens slutt eller gjennomsnitt av månedene."));
        }
        if (i.decimals() < 0 || i.decimals() > 4) {
            problems.add(new ValidationProblem("decimals", "validation.decimals.range", "Desimaler må være 0–4."));
        }
        Set<Integer> years = new HashSet<>();
        for (Ambition a : i.ambitions()) {
            if (a.year() < FIRST_AMBITION_YEAR || a.year() > LAST_AMBITION_YEAR) {
                problems.add(new ValidationProblem("ambitions", "validation.ambition.year",
                        "Ambisjonsår må være mellom " + FIRST_AMBITION_YEAR + " og " + LAST_AMBITION_YEAR + " (var "
                                + a.year() + ")."));
            }
            if (!years.add(a.year())) {
                problems.add(new ValidationProblem("ambitions", "validation.ambition.duplicate",
                        "Året " + a.year() + " har mer enn én ambisjon."));
            }
            if (a.isSet() && i.unit() == Unit.PERCENT && (a.target() < 0 || a.target() > 100)) {
                problems.add(new ValidationProblem("ambitions", "validation.ambition.percent",
                        "Målet for " + a.year() + " må være mellom 0 og 100 %."));
            }
            if (a.isSet() && i.unit() == Unit.COUNT && a.target() < 0) {
                problems.add(new ValidationProblem("ambitions", "validation.ambition.count",
                        "Målet for " + a.year() + " kan ikke være negativt."));
            }
        }
        for (SeriesBreak b : i.seriesBreaks()) {
            if (Period.parse(b.period()).isEmpty()) {
                problems.add(new ValidationProblem("seriesBreaks", "validation.break.period",
                        "Brudd i tidsserien har ukjent periode: " + b.period()));
            }
        }
        if (i.baseline() != null && i.baseline().period() != null && !i.baseline().period().isBlank()
                && Period.parse(i.baseline().period()).isEmpty()) {
            problems.add(new ValidationProblem("baseline", "validation.baseline.period",
                    "Utgangspunktet har ukjent periode: " + i.baseline().period()));
        }
        for (String part : i.parts()) {
            if (part.equals(i.code())) {
                problems.add(new ValidationProblem("parts", "validation.parts.self", "En indikator kan ikke være del av seg selv."));
            }
        }
        return problems;
    }
}
