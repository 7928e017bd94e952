package no.framdrift.stats;

import java.util.Locale;

import no.framdrift.domain.Ambition;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;

/**
 * The factual sentences of a "Vurdering &lt;period&gt;" text, written in Norwegian from the numbers.
 * The steward edits the draft before saving; the sentences only state what the numbers show.
 * Pure: no bundles, no state. (Norwegian only, since the assessment itself is Norwegian.)
 */
public final class AssessmentDraft {

    private AssessmentDraft() {
    }

    /**
     * The change in a survey share, e.g. "Andelen som er enig økte fra 45 % i 2023 til 52 % i 2024.
     * Endringen er utenfor feilmarginen." {@code subject} begins the sentence ("Andelen som er
     * enig"); shares are shown as whole per cent with {@code decimals} decimals.
     */
    public static String surveyChange(String subject, Change change, int decimals) {
        String from = change.from().label();
        String to = change.to().label();
        if (change.suppressed()) {
            return "For få svar til å beskrive endringen fra " + from + " til " + to + ".";
        }
        String p1 = NorwegianFormat.percentOfFraction(change.shareFrom(), decimals);
        String p2 = NorwegianFormat.percentOfFraction(change.shareTo(), decimals);
        if (!change.comparable()) {
            return subject + " var " + p1 + " i " + from + " og " + p2 + " i " + to
                    + ". Tallene kan ikke sammenlignes direkte på grunn av brudd i serien.";
        }
        return switch (change.direction()) {
            case UP -> subject + " økte fra " + p1 + " i " + from + " til " + p2 + " i " + to
                    + ". Endringen er utenfor feilmarginen.";
            case DOWN -> subject + " sank fra " + p1 + " i " + from + " til " + p2 + " i " + to
                    + ". Endringen er utenfor feilmarginen.";
            case UNCHANGED -> subject + " er uendret fra " + from + " til " + to + " (" + p1 + " og " + p2
                    + ", endringen er innenfor feilmarginen).";
        };
    }

    /**
     * A change in a registry figure, which has no margin of error: "Andelen økte fra 1,0 % i apr.25
     * til 1,2 % i okt.25." Values in the indicator's scale: a fraction 0–1 for PERCENT, a count for
     * COUNT.
     */
    public static String registryChange(String subject, Period from, double first, Period to, double second,
            Unit unit, int decimals) {
        String v1 = registryValue(first, unit, decimals);
        String v2 = registryValue(second, unit, decimals);
        if (v1.equals(v2)) {
            return subject + " er uendret på " + v2 + " fra " + from.label() + " til " + to.label() + ".";
        }
        String verb = second > first ? " økte" : " sank";
        return subject + verb + " fra " + v1 + " i " + from.label() + " til " + v2 + " i " + to.label() + ".";
    }

    /**
     * Status against the ambition path and, where there is a trend, the projection, e.g. "Indikatoren
     * er i rute mot ambisjonen om 25 % i 2026 (21 % i 2024, planlagt 20 %). Med samme utvikling som
     * hittil nås ambisjonen i 2026." or "Ambisjonen for 2030 er ikke satt." Values in the ambition's
     * scale (per cent for percentages: 25 = 25 %).
     */
    public static String progress(ProgressReport report, Unit unit, int decimals) {
        if (report.ambition().isEmpty()) {
            return "Indikatoren har ingen ambisjon.";
        }
        Ambition ambition = report.ambition().get();
        if (!ambition.isSet()) {
            return "Ambisjonen for " + ambition.year() + " er ikke satt.";
        }
        String goal = "ambisjonen om " + ambitionValue(ambition.target(), unit, decimals) + " i " + ambition.year();
        if (report.status() == ProgressStatus.NO_DATA || report.latest().isEmpty() || report.planned().isEmpty()) {
            return "Det er ikke nok data til å vurdere framdriften mot " + goal + ".";
        }
        SeriesPoint latest = report.latest().get();
        String facts = " (" + ambitionValue(latest.value(), unit, decimals) + " i " + latest.period().label()
                + ", planlagt " + ambitionValue(report.planned().getAsDouble(), unit, decimals) + ").";
        String status = switch (report.status()) {
            case ON_TRACK -> "Indikatoren er i rute mot " + goal + facts;
            case AT_RISK -> "Indikatoren ligger noe etter planlagt bane mot " + goal + facts;
            case OFF_TRACK -> "Indikatoren ligger klart etter planlagt bane mot " + goal + facts;
            default -> throw new IllegalStateException("unexpected status " + report.status());
        };
        return status + projection(report, ambition);
    }

    private static String projection(ProgressReport report, Ambition ambition) {
        if (report.targetReached()) {
            return " Ambisjonen er nådd.";
        }
        if (report.trend().isEmpty()) {
            return "";
        }
        if (report.reachYear().isEmpty()) {
            return " Med samme utvikling som hittil nås ikke ambisjonen.";
        }
        int year = report.reachYear().getAsInt();
        return year <= ambition.year()
                ? " Med samme utvikling som hittil nås ambisjonen i " + year + "."
                : " Med samme utvikling som hittil nås ambisjonen først i " + year + ".";
    }

    private static String registryValue(double value, Unit unit, int decimals) {
        return unit == Unit.PERCENT ? NorwegianFormat.percentOfFraction(value, decimals)
                : NorwegianFormat.number(value, decimals);
    }

    private static String ambitionValue(double value, Unit unit, int decimals) {
        return unit == Unit.PERCENT ? NorwegianFormat.number(value, decimals) + " %"
                : NorwegianFormat.number(value, decimals);
    }

    /** Capitalises the first letter, for subjects taken from a value label ("andel helt enig"). */
    public static String sentenceCase(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("nb-NO")) + text.substring(1);
    }
}
