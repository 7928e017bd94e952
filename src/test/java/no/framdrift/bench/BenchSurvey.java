package no.framdrift.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;

/**
 * A large survey with the sample survey's 13 columns (sample-data/helsepersonellundersokelsen-2021-2024.csv:
 * id, year, weight with a decimal comma, six background variables, four questions coded 1–5, 9 and
 * blank; semicolons; UTF-8 with a byte-order mark), so that the sample's own import profile
 * (sample-data/profiles/helsepersonellundersokelsen.json) reads it. Fixed seed: the same file on
 * every machine. The categories and their shares are those of the sample generator
 * ({@code no.framdrift.app.imports.SampleDataGenerator}); the answers are random with a small effect of
 * profession and year, which is all a benchmark needs.
 */
public final class BenchSurvey {

    static final String HEADER = "respondent_id;aar;vekt;profesjon;arbeidssted;helseregion;fylke;kjonn;aldersgruppe;"
            + "epj_kvalitet;epj_effektiv;tilgang_info;enklere_hverdag";
    static final String[] PROFESSIONS = {"Lege", "Sykepleier", "Helsefagarbeider", "Helsesekretær", "Bioingeniør",
            "Fysioterapeut", "Psykolog", "Jordmor"};
    static final double[] PROFESSION_SHARE = {0.18, 0.34, 0.18, 0.08, 0.06, 0.07, 0.05, 0.04};
    static final String[] WORKPLACES = {"Helseforetak", "Kommune", "Fastlegekontor", "Privat"};
    static final double[] WORKPLACE_SHARE = {0.45, 0.35, 0.12, 0.08};
    static final String[] REGIONS = {"Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord"};
    static final String[] REGION_CODES = {"HSO", "HV", "HMN", "HN"};
    static final double[] REGION_SHARE = {0.55, 0.20, 0.15, 0.10};
    static final String[] AGE_GROUPS = {"Under 30", "30-39", "40-49", "50-59", "60 og over"};
    static final double[] AGE_SHARE = {0.15, 0.24, 0.24, 0.22, 0.15};
    static final int[] YEARS = {2021, 2022, 2023, 2024};
    /** The answer codes in the file; "" is a blank (no answer). */
    static final String[] CODES = {"1", "2", "3", "4", "5", "9", ""};

    private BenchSurvey() {
    }

    /** Writes {@code respondents} rows (spread evenly over 2021–2024) to {@code file}. */
    public static void write(Path file, int respondents, long seed) throws IOException {
        Random rnd = new Random(seed);
        AreaDirectory areas = AreaDirectory.standard();
        String[][] counties = new String[REGION_CODES.length][];
        for (int r = 0; r < REGION_CODES.length; r++) {
            String code = REGION_CODES[r];
            List<Area> of = areas.ofLevel(AreaLevel.COUNTY).stream().filter(c -> code.equals(c.regionCode())).toList();
            counties[r] = of.stream().map(Area::name).toArray(String[]::new);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            w.write(HEADER);
            w.write('\n');
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0; i < respondents; i++) {
                int year = YEARS[(int) ((long) i * YEARS.length / respondents)];
                int prof = pick(PROFESSION_SHARE, rnd);
                int region = pick(REGION_SHARE, rnd);
                String[] regionCounties = counties[region];
                sb.setLength(0);
                sb.append(i + 1).append(';').append(year).append(';');
                // weight 0,300–2,500 with three decimals and a decimal comma, as in the sample
                int milli = 300 + rnd.nextInt(2201);
                sb.append(milli / 1000).append(',');
                int frac = milli % 1000;
                if (frac < 100) {
                    sb.append('0');
                }
                if (frac < 10) {
                    sb.append('0');
                }
                sb.append(frac).append(';');
                sb.append(PROFESSIONS[prof]).append(';').append(WORKPLACES[pick(WORKPLACE_SHARE, rnd)]).append(';')
                        .append(REGIONS[region]).append(';').append(regionCounties[rnd.nextInt(regionCounties.length)])
                        .append(';').append(rnd.nextBoolean() ? "Kvinne" : "Mann").append(';')
                        .append(AGE_GROUPS[pick(AGE_SHARE, rnd)]);
                for (int q = 0; q < 4; q++) {
                    sb.append(';').append(answer(rnd, prof, year, q));
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** 4 % blank, 6 % "9" (don't know), else 1–5 leaning positive for some professions and years. */
    private static String answer(Random rnd, int prof, int year, int question) {
        double u = rnd.nextDouble();
        if (u < 0.04) {
            return "";
        }
        if (u < 0.10) {
            return "9";
        }
        double lean = 0.05 * ((prof + question) % 3) + 0.02 * (year - 2021);
        double v = rnd.nextDouble() + lean;
        return v < 0.15 ? "1" : v < 0.35 ? "2" : v < 0.50 ? "3" : v < 0.80 ? "4" : "5";
    }

    private static int pick(double[] shares, Random rnd) {
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
}
