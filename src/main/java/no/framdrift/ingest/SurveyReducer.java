package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import no.framdrift.domain.SurveyCell;

/**
 * Survey microdata → sufficient statistics (count, Σw, Σw²) per year × question × answer ×
 * background cell, while streaming. Background values and cells get small integer ids so a row
 * costs a handful of hash look-ups and array additions; no respondent row is kept.
 */
final class SurveyReducer implements RowReducer {

    private final ImportProfile.Survey profile;
    private final char decimalSeparator;
    private final int yearCol;
    private final int dateCol;
    /** The largest weight accepted: survey weights are about 0.1–10; 10⁶ leaves room and keeps Σw² finite. */
    public static final double MAX_WEIGHT = 1_000_000;

    private final int weightCol;
    private final String[] bgNames;
    private final int[] bgCols;
    private final Question[] questions;
    private final List<Map<String, Integer>> bgIds = new ArrayList<>();
    private final List<List<String>> bgValues = new ArrayList<>();
    private final Map<CellKey, Integer> cellIds = new HashMap<>();
    private final List<CellKey> cells = new ArrayList<>();
    private final Map<String, Integer> yearCache = new HashMap<>();
    private final List<ImportProblem> rowProblems = new ArrayList<>();
    /**
     * A respondent whose weight is more than this share of the weight sum of their year is reported
     * as a problem (issue 18): one answer would then decide the year's shares.
     */
    static final double MAX_WEIGHT_SHARE = 0.5;
    /** ... in a year with at least this many respondents (fewer are suppressed as a small cell anyway). */
    static final int MIN_RESPONDENTS_FOR_WEIGHT_SHARE = 10;
    /** Per year: respondents, weight sum, and the heaviest respondent (to report and take out). */
    private final Map<Integer, YearWeights> years = new HashMap<>();
    private String weightText;

    SurveyReducer(ImportProfile.Survey profile, Columns columns, char decimalSeparator, Set<String> knownIndicators,
                  ProblemLog log) {
        this.profile = profile;
        this.decimalSeparator = decimalSeparator;
        this.yearCol = profile.year() != null ? columns.require(profile.year()) : -1;
        this.dateCol = profile.year() == null ? columns.require(profile.date()) : -1;
        this.weightCol = columns.optional(profile.weight());
        Map<String, String> bg = profile.background() == null ? Map.of() : new LinkedHashMap<>(profile.background());
        bgNames = bg.keySet().toArray(String[]::new);
        bgCols = new int[bgNames.length];
        for (int i = 0; i < bgNames.length; i++) {
            bgCols[i] = columns.require(bg.get(bgNames[i]));
            bgIds.add(new HashMap<>());
            bgValues.add(new ArrayList<>());
        }
        questions = new Question[profile.questions().size()];
        answers = new int[questions.length];
        probe = new CellKey(new int[bgNames.length + 1]);
        for (int i = 0; i < questions.length; i++) {
            ImportProfile.Question q = profile.questions().get(i);
            if (knownIndicators != null && !knownIndicators.contains(q.indicator())) {
                log.addFatal(new ImportProblem(0, q.column(), q.indicator(), Message.of("problem.indicator.notInCatalogue")));
            }
            questions[i] = new Question(q, columns.require(q.column()), columns);
        }
    }

    @Override
    public boolean accept(SourceRow row, ProblemLog log) {
        rowProblems.clear();
        long r = row.rowNumber();
        int year = year(row, r);
        double w = 1.0;
        if (weightCol >= 0) {
            String text = RowReducer.cell(row, weightCol);
            double plain = PlainNumber.parse(text, decimalSeparator);
            weightText = text;
            if (plain > 0 && plain <= MAX_WEIGHT) {
                w = plain;
            } else try {
                OptionalDouble d = Numbers.parse(text, decimalSeparator);
                if (d.isEmpty()) {
                    rowProblems.add(new ImportProblem(r, profile.weight(), text, Message.of("problem.weight.missing")));
                } else if (Double.isInfinite(d.getAsDouble()) || d.getAsDouble() > MAX_WEIGHT) {
                    rowProblems.add(new ImportProblem(r, profile.weight(), text,
                            Message.of("problem.weight.tooLarge")));
                } else if (!(d.getAsDouble() > 0)) {
                    rowProblems.add(new ImportProblem(r, profile.weight(), text, Message.of("problem.weight.notPositive")));
                } else {
                    w = d.getAsDouble();
                }
            } catch (NumberFormatException e) {
                rowProblems.add(new ImportProblem(r, profile.weight(), text, Message.of("problem.weight.notNumber")));
            }
        }
        int[] answers = this.answers;
        for (int i = 0; i < questions.length; i++) {
            Question q = questions[i];
            String raw = RowReducer.cell(row, q.column);
            int a = q.answerIndex(raw);
            if (a < 0) {
                rowProblems.add(new ImportProblem(r, q.profile.column(), raw, Message.of("problem.answer.unknown",
                        String.join(", ", q.knownForMessage()))));
            }
            answers[i] = a;
        }
        if (!rowProblems.isEmpty()) {
            rowProblems.forEach(log::add);
            log.badRow();
            return false;
        }
        // the row's key in a scratch key: a new one is made only for a cell not seen before
        int[] ids = probe.ids;
        for (int i = 0; i < bgCols.length; i++) {
            String v = RowReducer.cell(row, bgCols[i]);
            Integer id = bgIds.get(i).get(v);
            if (id == null) {
                id = bgValues.get(i).size();
                bgIds.get(i).put(v, id);
                bgValues.get(i).add(v);
            }
            ids[i] = id;
        }
        ids[bgCols.length] = year;
        probe.rehash();
        Integer found = cellIds.get(probe);
        int cell;
        if (found == null) {
            CellKey key = new CellKey(ids.clone());
            cell = cells.size();
            cellIds.put(key, cell);
            cells.add(key);
        } else {
            cell = found;
        }
        double w2 = w * w;
        for (int i = 0; i < questions.length; i++) {
            questions[i].add(cell, answers[i], w, w2);
        }
        if (weightCol >= 0) {
            if (lastWeights == null || lastYear != year) {
                lastWeights = years.computeIfAbsent(year, y -> new YearWeights());
                lastYear = year;
            }
            lastWeights.add(w, r, weightText, cell, answers);
        }
        return true;
    }

    /** Scratch space of {@link #accept}, reused row after row (issue 16: ~120 bytes less garbage a row). */
    private final int[] answers;
    private final CellKey probe;
    private YearWeights lastWeights;
    private int lastYear;

    /** Respondents and weights of one year, and its heaviest respondent. */
    private static final class YearWeights {
        long respondents;
        double sum;
        double max = -1;
        long maxRow;
        String maxText;
        int maxCell;
        int[] maxAnswers;

        void add(double w, long row, String text, int cell, int[] answers) {
            respondents++;
            sum += w;
            if (w > max) {
                max = w;
                maxRow = row;
                maxText = text;
                maxCell = cell;
                maxAnswers = answers.clone(); // the caller reuses its array
            }
        }
    }

    /**
     * A respondent weighing more than half of their year (in a year of at least
     * {@value #MIN_RESPONDENTS_FOR_WEIGHT_SHARE} respondents) is a bad row: reported with its row
     * and the weight column, and taken out of the sums (skipped if the analyst skips bad rows; the
     * import is refused otherwise).
     */
    @Override
    public int finish(ProblemLog log) {
        int removed = 0;
        for (Map.Entry<Integer, YearWeights> e : new java.util.TreeMap<>(years).entrySet()) {
            YearWeights y = e.getValue();
            if (y.respondents >= MIN_RESPONDENTS_FOR_WEIGHT_SHARE && y.max > MAX_WEIGHT_SHARE * y.sum) {
                long percent = (long) Math.floor(100 * y.max / y.sum);
                log.add(new ImportProblem(y.maxRow, profile.weight(), y.maxText,
                        no.framdrift.domain.Message.of("problem.weight.dominant", percent, String.valueOf(e.getKey()))));
                log.badRow();
                for (int i = 0; i < questions.length; i++) {
                    questions[i].remove(y.maxCell, y.maxAnswers[i], y.max, y.max * y.max);
                }
                removed++;
            }
        }
        return removed;
    }

    private int year(SourceRow row, long r) {
        int col = yearCol >= 0 ? yearCol : dateCol;
        String column = yearCol >= 0 ? profile.year() : profile.date();
        String text = RowReducer.cell(row, col);
        Integer y = yearCache.get(text);
        if (y == null) {
            y = parseYear(text, yearCol >= 0);
            if (yearCache.size() < 10_000) {
                yearCache.put(text, y);
            }
        }
        if (y < 0) {
            rowProblems.add(new ImportProblem(r, column, text, Message.of(yearCol >= 0 ? "problem.year.unknown" : "problem.date.unknown")));
        }
        return y;
    }

    static int parseYear(String text, boolean yearColumn) {
        String t = text.trim();
        String digits;
        if (yearColumn) {
            digits = t;
        } else if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}.*")) {
            digits = t.substring(0, 4);
        } else if (t.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}.*")) {
            digits = t.substring(t.lastIndexOf('.') + 1, t.lastIndexOf('.') + 5);
        } else {
            return -1;
        }
        if (!digits.matches("\\d{4}")) {
            return -1;
        }
        int y = Integer.parseInt(digits);
        return y >= 1950 && y <= 2200 ? y : -1;
    }

    @Override
    public List<SurveyCell> surveyCells() {
        List<SurveyCell> out = new ArrayList<>();
        List<Map<String, String>> backgrounds = new ArrayList<>(cells.size());
        for (CellKey c : cells) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < bgNames.length; i++) {
                m.put(bgNames[i], bgValues.get(i).get(c.ids[i]));
            }
            backgrounds.add(SurveyCell.background(m));
        }
        for (Question q : questions) {
            String questionId = q.profile.question() != null ? q.profile.question() : q.profile.column();
            for (int c = 0; c < cells.size(); c++) {
                int year = cells.get(c).ids[bgNames.length];
                for (int a = 0; a < q.labels.size(); a++) {
                    int idx = c * q.labels.size() + a;
                    if (idx < q.count.length && q.count[idx] > 0) {
                        out.add(new SurveyCell(0, q.profile.indicator(), questionId, year, q.labels.get(a), q.positive[a],
                                q.valid[a], backgrounds.get(c), q.count[idx], q.sumW[idx], q.sumW2[idx]));
                    }
                }
            }
        }
        return out;
    }

    /** Background value ids and the year of one cell. */
    private static final class CellKey {
        final int[] ids;
        int hash;

        CellKey(int[] ids) {
            this.ids = ids;
            this.hash = Arrays.hashCode(ids);
        }

        /** After the ids changed (only the reducer's scratch key, never a key in the map). */
        void rehash() {
            hash = Arrays.hashCode(ids);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CellKey k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** One question column: its answers and its accumulators, indexed by cell × answer. */
    private static final class Question {
        final ImportProfile.Question profile;
        final int column;
        final List<String> labels = new ArrayList<>();
        final Map<String, Integer> lookup = new HashMap<>();
        boolean[] positive;
        boolean[] valid;
        long[] count = new long[0];
        double[] sumW = new double[0];
        double[] sumW2 = new double[0];

        Question(ImportProfile.Question q, int column, Columns columns) {
            this.profile = q;
            this.column = column;
            List<String> excluded = q.excluded() == null ? List.of() : q.excluded();
            for (String a : q.answers()) {
                addLabel(a);
            }
            for (String a : excluded) {
                addLabel(a);
            }
            addLabel("");
            for (String p : q.positive()) {
                addLabel(p);
            }
            positive = new boolean[labels.size()];
            valid = new boolean[labels.size()];
            for (int i = 0; i < labels.size(); i++) {
                String l = labels.get(i);
                positive[i] = q.positive().contains(l);
                valid[i] = !l.isEmpty() && !excluded.contains(l);
            }
            if (q.codes() != null) {
                for (Map.Entry<String, String> e : q.codes().entrySet()) {
                    Integer idx = lookup.get(e.getValue());
                    if (idx == null) {
                        idx = lookup.get(e.getValue().toLowerCase(Locale.ROOT));
                    }
                    if (idx != null) {
                        lookup.put(e.getKey(), idx);
                    }
                }
            }
        }

        private void addLabel(String label) {
            if (!lookup.containsKey(label)) {
                lookup.put(label, labels.size());
                lookup.putIfAbsent(label.toLowerCase(Locale.ROOT), labels.size());
                labels.add(label);
            }
        }

        int answerIndex(String raw) {
            Integer i = lookup.get(raw);
            if (i == null) {
                i = lookup.get(raw.toLowerCase(Locale.ROOT));
                if (i != null) {
                    lookup.put(raw, i);
                }
            }
            return i == null ? -1 : i;
        }

        List<String> knownForMessage() {
            List<String> out = new ArrayList<>();
            for (String l : labels) {
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
            if (profile.codes() != null) {
                out.addAll(profile.codes().keySet());
            }
            out.add("tomt");
            return out;
        }

        void add(int cell, int answer, double w, double w2) {
            int idx = cell * labels.size() + answer;
            if (idx >= count.length) {
                int n = Math.max(idx + 1, count.length * 2 + 64);
                count = Arrays.copyOf(count, n);
                sumW = Arrays.copyOf(sumW, n);
                sumW2 = Arrays.copyOf(sumW2, n);
            }
            count[idx]++;
            sumW[idx] += w;
            sumW2[idx] += w2;
        }

        /** Takes one respondent out again (a row found bad after the whole file was read). */
        void remove(int cell, int answer, double w, double w2) {
            int idx = cell * labels.size() + answer;
            count[idx]--;
            sumW[idx] = count[idx] == 0 ? 0 : sumW[idx] - w;
            sumW2[idx] = count[idx] == 0 ? 0 : sumW2[idx] - w2;
        }
    }
}
