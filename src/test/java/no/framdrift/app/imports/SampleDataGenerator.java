package no.framdrift.app.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;

/**
 * Writes the synthetic extracts in {@code sample-data/} (see sample-data/README.md). Deterministic
 * (fixed seeds). Every published figure is exact by construction: respondents are ranked by a
 * random propensity (with subgroup effects), and the highest-ranked get a positive answer until the
 * weighted share reaches the target, so the weighted share lands within max(w)/Σw of it.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java}-free: {@code java -cp target/classes:target/test-classes
 * no.framdrift.app.imports.SampleDataGenerator sample-data}
 */
public final class SampleDataGenerator {

    static final long SEED = 20251127L;
    static final int NATIONAL_POPULATION = 5_594_340;
    static final int BERGEN_AREA_POPULATION = 475_472;
    static final int HELSE_NORD_POPULATION = 489_103;

    private final Path dir;
    private final AreaDirectory areas = AreaDirectory.standard();

    SampleDataGenerator(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        new SampleDataGenerator(dir).writeAll();
    }

    void writeAll() throws IOException {
        Files.createDirectories(dir);
        healthPersonnelSurvey();
        citizensSurvey();
        Map<String, Integer> population = municipalPopulation();
        pll();
        ddfl(population);
        digihelse(population);
        helsedata();
        fullmakt();
        radsmodell();
        velferdsteknologi(population);
    }

    // ---- surveys ------------------------------------------------------------------------------

    public static final String[] PROFESSIONS = {"Lege", "Sykepleier", "Helsefagarbeider", "Helsesekretær", "Bioingeniør",
            "Fysioterapeut", "Psykolog", "Jordmor"};
    public static final double[] PROFESSION_SHARE = {0.18, 0.34, 0.18, 0.08, 0.06, 0.07, 0.05, 0.04};
    public static final String[] WORKPLACES = {"Helseforetak", "Kommune", "Fastlegekontor", "Privat"};
    public static final double[] WORKPLACE_SHARE = {0.45, 0.35, 0.12, 0.08};
    public static final String[] REGIONS = {"Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord"};
    public static final double[] REGION_SHARE = {0.55, 0.20, 0.15, 0.10};
    public static final String[] AGE_GROUPS = {"Under 30", "30-39", "40-49", "50-59", "60 og over"};
    public static final double[] AGE_SHARE = {0.15, 0.24, 0.24, 0.22, 0.15};
    public static final String[] REGION_CODES = {"HSO", "HV", "HMN", "HN"};

    /** A respondent's answer to one question: 1 = positive, 0 = negative valid, -1 = "Vet ikke", -2 = blank. */
    private static int[] assign(List<double[]> wAndScore, double target, double dontKnow, double blank, Random rnd) {
        int n = wAndScore.size();
        int[] out = new int[n];
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double u = rnd.nextDouble();
            if (u < blank) {
                out[i] = -2;
            } else if (u < blank + dontKnow) {
                out[i] = -1;
            } else {
                valid.add(i);
            }
        }
        double total = 0;
        for (int i : valid) {
            total += wAndScore.get(i)[0];
        }
        valid.sort(Comparator.comparingDouble((Integer i) -> -wAndScore.get(i)[1]));
        double goal = target * total;
        double cum = 0;
        for (int i : valid) {
            double w = wAndScore.get(i)[0];
            if (cum + w / 2 <= goal) {
                out[i] = 1;
                cum += w;
            } else {
                out[i] = 0;
            }
        }
        return out;
    }

    public static int pick(double[] shares, Random rnd) {
        double u = rnd.nextDouble();
        double c = 0;
        for (int i = 0; i < shares.length; i++) {
            c += shares[i];
            if (u < c) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private List<Area> countiesOf(String region) {
        return areas.ofLevel(AreaLevel.COUNTY).stream().filter(c -> region.equals(c.regionCode())).toList();
    }

    /**
     * Helsepersonellundersøkelsen 2021–2024: codes 1–5 and 9 (label map in the profile), weights
     * with decimal comma, semicolon-separated, UTF-8 with BOM. 2021 has no code 3 ("Verken enig
     * eller uenig" came in 2022: a series break).
     */
    void healthPersonnelSurvey() throws IOException {
        Random rnd = new Random(SEED);
        int[] years = {2021, 2022, 2023, 2024};
        int[] sizes = {2400, 2500, 2600, 2700};
        // targets per question per year
        double[][] targets = {
                {0.502, 0.501, 0.452, 0.521}, // EPJ_KVALITET: dip in 2023 (Helseplattformen in Helse Midt-Norge), 52 % in 2024
                {0.471, 0.472, 0.431, 0.491}, // EPJ_EFFEKTIV: 49 % in 2024
                {0.281, 0.301, 0.311, 0.341}, // TILGANG_PASIENTINFO: 34 % "svært eller ganske stor grad" in 2024
                {0.401, 0.412, 0.381, 0.421}, // ENKLERE_ARBEIDSHVERDAG
        };
        StringBuilder sb = new StringBuilder("\uFEFF");
        sb.append("respondent_id;aar;vekt;profesjon;arbeidssted;helseregion;fylke;kjonn;aldersgruppe;"
                + "epj_kvalitet;epj_effektiv;tilgang_info;enklere_hverdag\n");
        int id = 1;
        for (int y = 0; y < years.length; y++) {
            int n = sizes[y];
            String[][] bg = new String[n][];
            List<double[]> base = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int prof = pick(PROFESSION_SHARE, rnd);
                int work = pick(WORKPLACE_SHARE, rnd);
                if (PROFESSIONS[prof].equals("Helsesekretær") && work == 0) {
                    work = 2;
                }
                int region = pick(REGION_SHARE, rnd);
                List<Area> counties = countiesOf(REGION_CODES[region]);
                String county = counties.get(rnd.nextInt(counties.size())).name();
                String gender = rnd.nextDouble() < 0.74 ? "Kvinne" : "Mann";
                String age = AGE_GROUPS[pick(AGE_SHARE, rnd)];
                double w = Math.round((0.4 + rnd.nextDouble() * 2.1) * 1000) / 1000.0;
                bg[i] = new String[] {PROFESSIONS[prof], WORKPLACES[work], REGIONS[region], county, gender, age};
                base.add(new double[] {w, 0});
            }
            int[][] answers = new int[4][];
            for (int q = 0; q < 4; q++) {
                List<double[]> ws = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    double score = rnd.nextDouble();
                    String prof = bg[i][0];
                    if (prof.equals("Lege")) {
                        score -= 0.15;
                    }
                    if (prof.equals("Helsesekretær") || prof.equals("Bioingeniør")) {
                        score += 0.15;
                    }
                    if (bg[i][4].equals("Kvinne")) {
                        score += 0.05;
                    }
                    if (bg[i][3].equals("Nordland")) {
                        score += 0.1;
                    }
                    if (years[y] >= 2023 && bg[i][2].equals("Helse Midt-Norge") && bg[i][1].equals("Helseforetak")) {
                        score -= years[y] == 2023 ? 0.6 : 0.3;
                    }
                    ws.add(new double[] {base.get(i)[0], score});
                }
                answers[q] = assign(ws, targets[q][y], 0.05, 0.015, rnd);
            }
            for (int i = 0; i < n; i++) {
                sb.append(id++).append(';').append(years[y]).append(';')
                        .append(String.format(Locale.ROOT, "%.3f", base.get(i)[0]).replace('.', ','));
                for (String b : bg[i]) {
                    sb.append(';').append(b);
                }
                for (int q = 0; q < 4; q++) {
                    sb.append(';').append(code(answers[q][i], years[y] >= 2022, rnd));
                }
                sb.append('\n');
            }
        }
        write("helsepersonellundersokelsen-2021-2024.csv", sb.toString());
    }

    /** 5 = helt enig / svært stor grad, 4 = ganske …; 3 neutral (from 2022); 2, 1 negative; 9 vet ikke; blank. */
    private static String code(int a, boolean neutralExists, Random rnd) {
        return switch (a) {
            case 1 -> rnd.nextDouble() < 0.35 ? "5" : "4";
            case 0 -> {
                double u = rnd.nextDouble();
                if (neutralExists && u < 0.4) {
                    yield "3";
                }
                yield u < 0.75 ? "2" : "1";
            }
            case -1 -> "9";
            default -> "";
        };
    }

    /** Innbyggerundersøkelsen 2021–2024: answer labels as text, comma-separated, UTF-8 without BOM. */
    void citizensSurvey() throws IOException {
        Random rnd = new Random(SEED + 1);
        int[] years = {2021, 2022, 2023, 2024};
        int n = 2000;
        double[] tillit = {Double.NaN, Double.NaN, 0.713, 0.721}; // asked from 2023; 72 % in 2024, about the same in 2023
        double[] digital = {0.602, 0.631, 0.662, 0.691};
        String[] genders = {"Kvinne", "Mann"};
        String[] ages = {"18-29", "30-44", "45-59", "60-74", "75 og over"};
        double[] ageShare = {0.2, 0.25, 0.24, 0.21, 0.10};
        String[] education = {"Grunnskole", "Videregående", "Universitet/høgskole"};
        double[] eduShare = {0.2, 0.4, 0.4};
        StringBuilder sb = new StringBuilder("aar,vekt,kjonn,aldersgruppe,helseregion,utdanning,tillit,digital_kontakt\n");
        for (int y = 0; y < years.length; y++) {
            String[][] bg = new String[n][];
            List<double[]> w = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                bg[i] = new String[] {genders[rnd.nextInt(2)], ages[pick(ageShare, rnd)], REGIONS[pick(REGION_SHARE, rnd)],
                        education[pick(eduShare, rnd)]};
                w.add(new double[] {Math.round((0.5 + rnd.nextDouble() * 1.5) * 10000) / 10000.0, 0});
            }
            int[] t = null;
            if (!Double.isNaN(tillit[y])) {
                List<double[]> ws = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ws.add(new double[] {w.get(i)[0], rnd.nextDouble() + (bg[i][1].equals("75 og over") ? -0.1 : 0)});
                }
                t = assign(ws, tillit[y], 0.06, 0.01, rnd);
            }
            List<double[]> ws = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                double s = rnd.nextDouble() + (bg[i][0].equals("Kvinne") ? 0.1 : 0) + (bg[i][3].startsWith("Univ") ? 0.15 : 0)
                        - (bg[i][1].equals("75 og over") ? 0.3 : 0);
                ws.add(new double[] {w.get(i)[0], s});
            }
            int[] d = assign(ws, digital[y], 0.02, 0.005, rnd);
            for (int i = 0; i < n; i++) {
                sb.append(years[y]).append(',').append(String.format(Locale.ROOT, "%.4f", w.get(i)[0]));
                for (String b : bg[i]) {
                    sb.append(',').append(b);
                }
                sb.append(',').append(t == null ? "" : likert(t[i], rnd));
                sb.append(',').append(switch (d[i]) {
                    case 1 -> "Ja";
                    case 0 -> "Nei";
                    case -1 -> "Vet ikke";
                    default -> "";
                });
                sb.append('\n');
            }
        }
        write("innbyggerundersokelsen-2021-2024.csv", sb.toString());
    }

    private static String likert(int a, Random rnd) {
        return switch (a) {
            case 1 -> rnd.nextDouble() < 0.4 ? "Helt enig" : "Ganske enig";
            case 0 -> {
                double u = rnd.nextDouble();
                yield u < 0.45 ? "Verken enig eller uenig" : u < 0.8 ? "Ganske uenig" : "Helt uenig";
            }
            case -1 -> "Vet ikke";
            default -> "";
        };
    }

    /** The advisory-board survey (rådsmodellen), 2024 and 2025: 100 members, unweighted, five questions. */
    void radsmodell() throws IOException {
        Random rnd = new Random(SEED + 2);
        String[] roles = {"Kommune", "Helseforetak", "Stat", "Fastlege", "Organisasjon"};
        String[] columns = {"relevans_saker", "relevans_underlag", "anbefalinger_retning", "anbefalinger_virkemiddel",
                "anbefalinger_takt"};
        // positive answers out of 100 per question: 2025 parts 79 % (80, 78) and 67 % (66, 67, 68), mean of the
        // five questions 71.8 % → 72 %; 2024 parts 87 % and 68.7 %, mean 76 % (4 points higher)
        int[][] positives = {{87, 87, 68, 69, 69}, {80, 78, 66, 67, 68}};
        int[] years = {2024, 2025};
        StringBuilder sb = new StringBuilder("aar;rolle;" + String.join(";", columns) + "\n");
        for (int y = 0; y < 2; y++) {
            String[][] answers = new String[100][5];
            for (int q = 0; q < 5; q++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    order.add(i);
                }
                java.util.Collections.shuffle(order, rnd);
                for (int k = 0; k < 100; k++) {
                    int i = order.get(k);
                    answers[i][q] = k < positives[y][q] ? (rnd.nextDouble() < 0.3 ? "I svært stor grad" : "I stor grad")
                            : (rnd.nextDouble() < 0.6 ? "I noen grad" : rnd.nextDouble() < 0.7 ? "I liten grad" : "I svært liten grad");
                }
            }
            for (int i = 0; i < 100; i++) {
                sb.append(years[y]).append(';').append(roles[i % roles.length]);
                for (int q = 0; q < 5; q++) {
                    sb.append(';').append(answers[i][q]);
                }
                sb.append('\n');
            }
        }
        write("radsmodell-2024-2025.csv", sb.toString());
    }

    // ---- registry extracts --------------------------------------------------------------------

    /**
     * PLL per month April–October 2025 for Norway, Bergensområdet and Helse Nord (the seed's
     * figures; the three are published areas, not summed from municipalities).
     */
    void pll() throws IOException {
        String[] months = {"apr.25", "mai.25", "jun.25", "jul.25", "aug.25", "sep.25", "okt.25"};
        double[] national = {0.0102, 0.0104, 0.0108, 0.0112, 0.0119, 0.0131, 0.0148};
        double[] bergen = {0.0402, 0.0611, 0.0784, 0.0902, 0.1063, 0.1211, 0.1342};
        double[] nord = {0.0121, 0.0203, 0.0291, 0.0362, 0.0441, 0.0521, 0.0593};
        StringBuilder sb = new StringBuilder("maaned;omraade;antall_med_pll;befolkning\n");
        for (int m = 0; m < months.length; m++) {
            sb.append(months[m]).append(";Norge;").append(Math.round(national[m] * NATIONAL_POPULATION)).append(';')
                    .append(NATIONAL_POPULATION).append('\n');
            sb.append(months[m]).append(";Bergensområdet;").append(Math.round(bergen[m] * BERGEN_AREA_POPULATION)).append(';')
                    .append(BERGEN_AREA_POPULATION).append('\n');
            sb.append(months[m]).append(";Helse Nord;").append(Math.round(nord[m] * HELSE_NORD_POPULATION)).append(';')
                    .append(HELSE_NORD_POPULATION).append('\n');
        }
        write("pll-2025.csv", sb.toString());
    }

    /** Applications to Helsedataservice per quarter: H1 2025 = 244, H1 2024 = 183 (+33 %), H1 2023 = 167 (+46 %). */
    void helsedata() throws IOException {
        int[][] quarters = {{55, 60, 58, 66}, {65, 70, 68, 75}, {80, 87, 84, 92}, {88, 95, 101, 110}, {117, 127}};
        StringBuilder sb = new StringBuilder("kvartal;antall_soknader\n");
        for (int y = 0; y < quarters.length; y++) {
            for (int q = 0; q < quarters[y].length; q++) {
                sb.append(2021 + y).append('K').append(q + 1).append(';').append(quarters[y][q]).append('\n');
            }
        }
        write("helsedata-soknader.csv", sb.toString());
    }

    /** Logins on behalf of children or by proxy, monthly 2022–2025H1: under 10 % most of 2024, above 11 % each month of H1 2025. */
    void fullmakt() throws IOException {
        Random rnd = new Random(SEED + 3);
        double[][] shares = {
                {7.6, 7.8, 7.7, 7.9, 8.0, 7.5, 7.2, 7.9, 8.2, 8.3, 8.4, 8.1},
                {8.5, 8.6, 8.7, 8.8, 8.9, 8.4, 8.2, 8.9, 9.1, 9.2, 9.3, 9.0},
                {9.2, 9.3, 9.4, 9.5, 9.6, 9.3, 9.1, 9.7, 9.8, 10.1, 10.3, 10.2},
                {11.2, 11.4, 11.3, 11.6, 11.8, 11.5}};
        StringBuilder sb = new StringBuilder("maaned\tinnlogginger_paa_vegne\tinnlogginger_totalt\n");
        for (int y = 0; y < shares.length; y++) {
            for (int m = 0; m < shares[y].length; m++) {
                long total = 2_200_000L + 150_000L * y + rnd.nextInt(200_000);
                long onBehalf = Math.round(total * (shares[y][m] + 0.02) / 100.0);
                sb.append(String.format(Locale.ROOT, "%dM%02d", 2022 + y, m + 1)).append('\t').append(onBehalf).append('\t')
                        .append(total).append('\n');
            }
        }
        write("fullmakt-innlogginger.tsv", sb.toString());
    }

    // ---- unit lists ---------------------------------------------------------------------------

    /**
     * Synthetic inhabitants per municipality: Bergensområdet sums to 475 472, Helse Nord to
     * 489 103 and Norway to 5 594 340 (the seed's denominators).
     */
    Map<String, Integer> municipalPopulation() {
        Random rnd = new Random(SEED + 4);
        List<Area> munis = areas.ofLevel(AreaLevel.MUNICIPALITY);
        List<String> bergen = areas.byCode("BERGENSOMRADET").orElseThrow().members();
        Map<String, Double> raw = new LinkedHashMap<>();
        for (Area m : munis) {
            double size = Math.min(60_000, Math.exp(8.95 + 1.0 * rnd.nextGaussian()));
            if (m.code().equals("0301")) {
                size = 700_000;
            } else if (m.code().equals("4601")) {
                size = 290_000;
            } else if (m.code().equals("5001")) {
                size = 210_000;
            } else if (m.code().equals("1103")) {
                size = 150_000;
            } else if (m.code().equals("5501")) {
                size = 78_000;
            } else if (m.code().equals("1804")) {
                size = 53_000;
            }
            raw.put(m.code(), Math.min(size, 700_000));
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        scale(raw, out, code -> bergen.contains(code), BERGEN_AREA_POPULATION);
        scale(raw, out, code -> !bergen.contains(code) && "HN".equals(areas.byCode(code).orElseThrow().regionCode()),
                HELSE_NORD_POPULATION);
        scale(raw, out, code -> !bergen.contains(code) && !"HN".equals(areas.byCode(code).orElseThrow().regionCode()),
                NATIONAL_POPULATION - BERGEN_AREA_POPULATION - HELSE_NORD_POPULATION);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (Area m : munis) {
            ordered.put(m.code(), out.get(m.code()));
        }
        return ordered;
    }

    private static void scale(Map<String, Double> raw, Map<String, Integer> out, java.util.function.Predicate<String> in, int total) {
        double sum = raw.entrySet().stream().filter(e -> in.test(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
        int assigned = 0;
        String largest = null;
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            if (in.test(e.getKey())) {
                int v = (int) Math.max(200, Math.round(e.getValue() / sum * total));
                out.put(e.getKey(), v);
                assigned += v;
                if (largest == null || v > out.get(largest)) {
                    largest = e.getKey();
                }
            }
        }
        out.put(largest, out.get(largest) + total - assigned);
    }

    /** Chooses users among units (largest weight last) so that Σ weight of users / Σ weight ≈ target. */
    private static boolean[] usersForShare(List<Integer> weights, double target, Random rnd, boolean[] mustUse) {
        int n = weights.size();
        boolean[] uses = new boolean[n];
        double total = weights.stream().mapToDouble(Integer::doubleValue).sum();
        double cum = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (mustUse != null && mustUse[i]) {
                uses[i] = true;
                cum += weights.get(i);
            } else {
                order.add(i);
            }
        }
        java.util.Collections.shuffle(order, rnd);
        for (int i : order) {
            if (cum + weights.get(i) <= target * total) {
                uses[i] = true;
                cum += weights.get(i);
            }
        }
        return uses;
    }

    /** GP practices with list patients; DDFL users give 79 %, 89 %, 94 % of list patients in 2023–2025. */
    void ddfl(Map<String, Integer> population) throws IOException {
        Random rnd = new Random(SEED + 5);
        List<String[]> practices = new ArrayList<>();
        List<Integer> patients = new ArrayList<>();
        int id = 1;
        for (Map.Entry<String, Integer> m : population.entrySet()) {
            int inhabitants = m.getValue();
            int count = Math.max(1, inhabitants / 12_000);
            for (int k = 0; k < count; k++) {
                String name = areas.byCode(m.getKey()).orElseThrow().name().split(" - ")[0] + " legesenter" + (count > 1 ? " " + (k + 1) : "");
                practices.add(new String[] {String.format(Locale.ROOT, "FL%04d", id++), name, m.getKey()});
                patients.add(inhabitants / count + (k == 0 ? inhabitants % count : 0));
            }
        }
        double[] targets = {0.7905, 0.8905, 0.9405};
        StringBuilder sb = new StringBuilder("aar;kontor_id;kontor;kommunenr;bruker_ddfl;listepasienter\n");
        boolean[] previous = null;
        for (int y = 0; y < 3; y++) {
            boolean[] uses = usersForShare(patients, targets[y], rnd, previous);
            for (int i = 0; i < practices.size(); i++) {
                String[] p = practices.get(i);
                sb.append(2023 + y).append(';').append(p[0]).append(';').append(p[1]).append(';').append(p[2]).append(';')
                        .append(uses[i] ? "ja" : "nei").append(';').append(patients.get(i)).append('\n');
            }
            previous = uses;
        }
        write("ddfl-fastlegekontor-2023-2025.csv", sb.toString());
    }

    /** Municipalities using DigiHelse and DigiHelsestasjon per quarter 2024Q1–2025Q3, with inhabitants. */
    void digihelse(Map<String, Integer> population) throws IOException {
        Random rnd = new Random(SEED + 6);
        List<String> codes = new ArrayList<>(population.keySet());
        List<Integer> pop = codes.stream().map(population::get).toList();
        String[] quarters = {"2024Q1", "2024Q2", "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"};
        double[] digihelse = {0.71, 0.73, 0.75, 0.77, 0.79, 0.81, 0.83};
        double[] stasjon = {0.52, 0.55, 0.58, 0.61, 0.64, 0.66, 0.69};
        StringBuilder a = new StringBuilder("kvartal;kommunenr;kommune;bruker;innbyggere\n");
        StringBuilder b = new StringBuilder("kvartal;kommunenr;kommune;bruker;innbyggere\n");
        boolean[] prevA = null;
        boolean[] prevB = null;
        for (int q = 0; q < quarters.length; q++) {
            boolean[] ua = usersForShare(pop, digihelse[q], rnd, prevA);
            boolean[] ub = usersForShare(pop, stasjon[q], rnd, prevB);
            for (int i = 0; i < codes.size(); i++) {
                String name = areas.byCode(codes.get(i)).orElseThrow().name();
                a.append(quarters[q]).append(';').append(codes.get(i)).append(';').append(name).append(';')
                        .append(ua[i] ? "1" : "0").append(';').append(pop.get(i)).append('\n');
                b.append(quarters[q]).append(';').append(codes.get(i)).append(';').append(name).append(';')
                        .append(ub[i] ? "1" : "0").append(';').append(pop.get(i)).append('\n');
            }
            prevA = ua;
            prevB = ub;
        }
        write("digihelse-kommuner.csv", a.toString());
        write("digihelsestasjon-kommuner.csv", b.toString());
    }

    /** Municipalities using welfare technology beyond safety alarms, 2021–2024 (share of municipalities). */
    void velferdsteknologi(Map<String, Integer> population) throws IOException {
        Random rnd = new Random(SEED + 7);
        List<String> codes = new ArrayList<>(population.keySet());
        int[] users = {221, 250, 271, 293}; // of 357: 61.9 %, 70.0 %, 75.9 %, 82.1 %
        StringBuilder sb = new StringBuilder("aar;kommunenr;kommune;bruker_velferdsteknologi;innbyggere\n");
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, rnd);
        for (int y = 0; y < users.length; y++) {
            boolean[] uses = new boolean[codes.size()];
            for (int k = 0; k < users[y]; k++) {
                uses[order.get(k)] = true;
            }
            for (int i = 0; i < codes.size(); i++) {
                sb.append(2021 + y).append(';').append(codes.get(i)).append(';')
                        .append(areas.byCode(codes.get(i)).orElseThrow().name()).append(';').append(uses[i] ? "ja" : "nei")
                        .append(';').append(population.get(codes.get(i))).append('\n');
            }
        }
        write("velferdsteknologi-kommuner.csv", sb.toString());
    }

    private void write(String name, String content) {
        try (Writer w = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            w.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
