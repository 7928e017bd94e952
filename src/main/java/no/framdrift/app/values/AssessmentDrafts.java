package no.framdrift.app.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;
import no.framdrift.stats.AmbitionPath;
import no.framdrift.stats.AssessmentDraft;
import no.framdrift.stats.Change;
import no.framdrift.stats.ChangeTest;
import no.framdrift.stats.Interval;
import no.framdrift.stats.IntervalMethod;
import no.framdrift.stats.Progress;
import no.framdrift.stats.ProgressReport;
import no.framdrift.stats.ProgressSettings;
import no.framdrift.stats.ProgressStatus;
import no.framdrift.stats.SeriesPoint;
import no.framdrift.stats.SurveyShare;

/**
 * The draft of a "Vurdering &lt;period&gt;" text written from an indicator's computed values: the
 * latest change (with the change test for survey shares), growth for counts, and the status
 * against the ambition path. Pure: the caller passes the values (whole population, every area),
 * nothing is read or saved here. The sentences themselves come from {@link AssessmentDraft}.
 */
public final class AssessmentDrafts {

    private static final String INCOMPLETE = "Ufullstendig";

    private final ProgressSettings settings;

    public AssessmentDrafts(ProgressSettings settings) {
        this.settings = settings;
    }

    public AssessmentDrafts() {
        this(ProgressSettings.DEFAULTS);
    }

    /** The draft text: one paragraph per fact, separated by blank lines; never empty. */
    public String draft(Catalogue catalogue, Indicator indicator, List<IndicatorValue> values) {
        if (indicator.kind() == IndicatorKind.COMPOSITE) {
            return composite(catalogue, indicator, values);
        }
        List<String> sentences = sentences(indicator, values);
        return String.join(" ", sentences);
    }

    private String composite(Catalogue catalogue, Indicator indicator, List<IndicatorValue> values) {
        List<String> paragraphs = new ArrayList<>();
        for (Indicator part : catalogue.partsOf(indicator)) {
            // the composite keeps each part's series under the group "del=CODE"
            List<IndicatorValue> own = values.stream().filter(v -> v.group().equals("del=" + part.code()))
                    .map(v -> new IndicatorValue(part.code(), v.period(), v.area(), "", v.value(), v.numerator(),
                            v.denominator(), v.n(), v.se(), v.ciLow(), v.ciHigh(), v.suppressed(), v.batches(), null,
                            v.growthOneYear(), v.growthTwoYears()))
                    .toList();
            paragraphs.add(part.name() + ": " + String.join(" ", sentences(part, own)));
        }
        if (paragraphs.isEmpty()) {
            return "Indikatoren har ingen deler ennå.";
        }
        return String.join("\n\n", paragraphs);
    }

    private List<String> sentences(Indicator indicator, List<IndicatorValue> values) {
        List<IndicatorValue> series = series(indicator, values);
        List<String> out = new ArrayList<>();
        if (series.isEmpty()) {
            out.add("Det er ingen beregnede verdier for indikatoren ennå.");
            out.add(progress(indicator, values));
            return out;
        }
        IndicatorValue latest = series.get(series.size() - 1);
        String subject = subject(indicator);
        if (series.size() == 1) {
            out.add(single(subject, latest, indicator));
        } else {
            IndicatorValue previous = series.get(series.size() - 2);
            out.add(change(indicator, subject, previous, latest));
        }
        if (indicator.kind() == IndicatorKind.COUNT) {
            growth(latest).ifPresent(out::add);
        }
        out.add(progress(indicator, values));
        return out;
    }

    /** The latest period the draft speaks of (the latest with data): the draft's default period. */
    public static Optional<Period> latestPeriod(Indicator indicator, List<IndicatorValue> values) {
        List<IndicatorValue> s = series(indicator, values);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1).period());
    }

    /**
     * The series the text speaks of: the national (or else the first) area, the whole population,
     * and for registry data one granularity (the indicator's frequency where the data have it,
     * else the finest), complete periods only; oldest first.
     */
    static List<IndicatorValue> series(Indicator indicator, List<IndicatorValue> values) {
        List<IndicatorValue> national = IndicatorProgress.national(values).stream()
                .filter(v -> v.note() == null || !v.note().startsWith(INCOMPLETE)).toList();
        if (!national.isEmpty()) {
            // the overview's tile speaks of this series: the draft must name the same latest period
            return List.copyOf(IndicatorProgress.series(national, indicator.frequency()).values());
        }
        List<IndicatorValue> whole = values.stream().filter(IndicatorValue::isWholePopulation).toList();
        if (whole.isEmpty()) {
            return List.of();
        }
        String area = whole.stream().anyMatch(v -> v.area().equals(IndicatorValue.NATIONAL)) ? IndicatorValue.NATIONAL
                : whole.get(0).area();
        List<IndicatorValue> inArea = whole.stream().filter(v -> v.area().equals(area))
                .filter(v -> v.note() == null || !v.note().startsWith(INCOMPLETE)).toList();
        Optional<Period.Granularity> wanted = granularityOf(indicator.frequency())
                .filter(g -> inArea.stream().anyMatch(v -> v.period().granularity() == g));
        Period.Granularity g = wanted.orElseGet(() -> inArea.stream().map(v -> v.period().granularity())
                .max(Comparator.comparingInt(Period.Granularity::perYear)).orElse(Period.Granularity.YEAR));
        return inArea.stream().filter(v -> v.period().granularity() == g)
                .sorted(Comparator.comparing(IndicatorValue::period)).toList();
    }

    private static Optional<Period.Granularity> granularityOf(Frequency frequency) {
        if (frequency == null) {
            return Optional.empty();
        }
        return switch (frequency) {
            case LOPENDE -> Optional.of(Period.Granularity.MONTH);
            case KVARTALSVIS -> Optional.of(Period.Granularity.QUARTER);
            case ARLIG -> Optional.of(Period.Granularity.YEAR);
        };
    }

    /** "Andel helt eller ganske enig" → "Andelen helt eller ganske enig"; the value label names what is measured. */
    static String subject(Indicator indicator) {
        String label = indicator.valueLabel() == null ? "" : indicator.valueLabel().strip();
        if (label.isEmpty()) {
            return indicator.unit() == Unit.PERCENT ? "Andelen" : "Antallet";
        }
        if (label.startsWith("Andel ")) {
            return "Andelen " + label.substring("Andel ".length());
        }
        if (label.startsWith("Antall ")) {
            return "Antallet " + label.substring("Antall ".length());
        }
        return AssessmentDraft.sentenceCase(label);
    }

    private static String single(String subject, IndicatorValue v, Indicator indicator) {
        if (v.suppressed() || v.value() == null) {
            return "For få svar eller for små tall til å vise verdien for " + v.period().label() + ".";
        }
        return subject + " var " + shown(v.value(), indicator) + " i " + v.period().label() + ".";
    }

    private static String change(Indicator indicator, String subject, IndicatorValue from, IndicatorValue to) {
        boolean survey = indicator.kind() == IndicatorKind.SURVEY_SHARE
                || indicator.kind() == IndicatorKind.AVERAGE_OF_SHARES;
        if (survey && (from.suppressed() || to.suppressed() || (from.se() != null && to.se() != null))) {
            Change c = ChangeTest.between(from.period(), share(from), to.period(), share(to), indicator.seriesBreaks());
            return AssessmentDraft.surveyChange(subject, c, indicator.decimals());
        }
        if (from.suppressed() || to.suppressed() || from.value() == null || to.value() == null) {
            return "For små tall til å beskrive endringen fra " + from.period().label() + " til "
                    + to.period().label() + ".";
        }
        String sentence = AssessmentDraft.registryChange(subject, from.period(), from.value(), to.period(), to.value(),
                indicator.unit(), indicator.decimals());
        if (survey) {
            // an average of several questions has no margin of error of its own
            sentence += " Endringen er ikke testet mot feilmarginen.";
        }
        return sentence;
    }

    /** A computed value as the change test's input; only share, SE and suppression are used. */
    private static SurveyShare share(IndicatorValue v) {
        double p = v.value() == null ? Double.NaN : v.value();
        double se = v.se() == null ? Double.NaN : v.se();
        Interval ci = new Interval(v.ciLow() == null ? Double.NaN : v.ciLow(),
                v.ciHigh() == null ? Double.NaN : v.ciHigh(), IntervalMethod.LOGIT);
        long n = v.n() == null ? 0 : v.n();
        return new SurveyShare(p, se, ci, null, n, n, v.numerator() == null ? Double.NaN : v.numerator(),
                v.denominator() == null ? Double.NaN : v.denominator(), true, v.suppressed());
    }

    /** "Det er 33 % flere enn i 1. halvår 2024 og 46 % flere enn i 1. halvår 2023." */
    private static Optional<String> growth(IndicatorValue v) {
        List<String> parts = new ArrayList<>();
        if (v.growthOneYear() != null) {
            parts.add(growthText(v.growthOneYear()) + " fra " + v.period().minusYears(1).label());
        }
        if (v.growthTwoYears() != null) {
            parts.add(growthText(v.growthTwoYears()) + " fra " + v.period().minusYears(2).label());
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Endring fra samme periode tidligere år: " + String.join(" og ", parts) + ".");
    }

    static String growthText(double percent) {
        String n = NorwegianFormat.number(Math.abs(percent), 0);
        if (n.equals("0")) {
            return "0 %";
        }
        return (percent > 0 ? "+" : "-") + n + " %";
    }

    /** The status sentence, from the same {@link IndicatorProgress} as the overview's tile. */
    private String progress(Indicator indicator, List<IndicatorValue> values) {
        ProgressReport report = new IndicatorProgress(settings).report(indicator, values);
        return AssessmentDraft.progress(report, indicator.unit(), indicator.decimals());
    }

    private static String shown(double value, Indicator indicator) {
        return indicator.unit() == Unit.PERCENT ? NorwegianFormat.percentOfFraction(value, indicator.decimals())
                : NorwegianFormat.number(value, indicator.decimals());
    }
}
