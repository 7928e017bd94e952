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

import static no.framdrift.app.imports.SampleDataGenerator.AGE_GROUPS;
import static no.framdrift.app.imports.SampleDataGenerator.AGE_SHARE;
import static no.framdrift.app.imports.SampleDataGenerator.PROFESSIONS;
import static no.framdrift.app.imports.SampleDataGenerator.PROFESSION_SHARE;
import static no.framdrift.app.imports.SampleDataGenerator.REGIONS;
import static no.framdrift.app.imports.SampleDataGenerator.REGION_CODES;
import static no.framdrift.app.imports.SampleDataGenerator.REGION_SHARE;
import static no.framdrift.app.imports.SampleDataGenerator.WORKPLACES;
import static no.framdrift.app.imports.SampleDataGenerator.WORKPLACE_SHARE;
import static no.framdrift.app.imports.SampleDataGenerator.pick;

/**
 * A large survey with the sample survey's 13 columns (sample-data/helsepersonellundersokelsen-2021-2024.csv:
 * id, year, weight with a decimal comma, six background variables, four questions coded 1–5, 9 and
 * blank; semicolons; UTF-8 with a byte-order mark), so that the sample's own import profile
 * (sample-data/profiles/helsepersonellundersokelsen.json) reads it. Fixed seed: the same file on
 * every machine. The categories, their shares and the draw are the sample generator's
 * ({@code no.framdrift.app.imports.SampleDataGenerator}); the answers are random with a small effect of
 * profession and year, which is all a benchmark needs.
 */
public final class BenchSurvey {

    static final String HEADER = "respondent_id;aar;vekt;profesjon;arbeidssted;helseregion;fylke;kjonn;aldersgruppe;"
            + "epj_kvalitet;epj_effektiv;tilgang_info;enklere_hverdag";
    static final int[] YEARS = {2021, 2022, 2023, 2024};

    private BenchSurvey() {
    }

    /**
     * {@code BenchSurvey <file> <respondents> [seed]}: writes the survey from the command line (the scripts
     * under src/test/scripts use it, e.g. full-disk.sh for an import bigger than the free space).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: BenchSurvey <file> <respondents> [seed]");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length == 3 ? Long.parseLong(args[2]) : 18L);
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
}
