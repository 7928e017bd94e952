package no.framdrift.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.ImportKind;
import no.framdrift.domain.Message;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;

/**
 * One streaming pass over a file with a profile: read, validate every row, reduce. Nothing is
 * written here and no row is kept; the caller stores the {@link Reduced} result (or refuses it
 * when problems remain). Row contents are never logged.
 */
public final class ImportPass {

    /** Progress in bytes read of the file's size. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long bytesDone, long bytesTotal);
    }

    /**
     * @param knownIndicators indicator codes in the catalogue (null = do not check)
     * @param maxProblems     how many problems to keep for showing (all are counted)
     */
    public record Options(Set<String> knownIndicators, RowObserver observer, BooleanSupplier cancelled, Progress progress,
                          int maxProblems) {
        public static Options defaults() {
            return new Options(null, RowObserver.NONE, () -> false, Progress.NONE, 200);
        }

        public Options withObserver(RowObserver o) {
            return new Options(knownIndicators, o, cancelled, progress, maxProblems);
        }
    }

    private static final int CHECK_EVERY = 8192;

    private final AreaDirectory areas;

    public ImportPass(AreaDirectory areas) {
        this.areas = areas;
    }

    public Reduced run(Path file, ImportProfile profile, Options options) {
        ProblemLog log = new ProblemLog(options.maxProblems());
        List<no.framdrift.domain.Message> profileProblems = ImportProfiles.problems(profile);
        if (!profileProblems.isEmpty()) {
            profileProblems.forEach(p -> log.addFatal(new ImportProblem(0, null, null, p)));
            return empty("", log);
        }
        FileKind kind;
        long size;
        try {
            kind = FileSniffer.detect(file);
            size = Files.size(file);
        } catch (IOException e) {
            log.addFatal(new ImportProblem(0, null, null, Message.of("problem.file.unreadable", e.getClass().getSimpleName())));
            return empty("", log);
        }
        switch (kind) {
            case EMPTY -> {
                log.addFatal(new ImportProblem(0, null, null, Message.of("problem.file.empty")));
                return empty("", log);
            }
            case BINARY -> {
                log.addFatal(new ImportProblem(0, null, null, Message.of("problem.file.binary")));
                return empty("", log);
            }
            default -> { }
        }
        if (profile.kind() == ImportKind.JSON_STAT) {
            if (kind != FileKind.JSON_STAT) {
                log.addFatal(new ImportProblem(0, null, null, Message.of("problem.file.notJsonStat", kind.toString())));
                return empty("", log);
            }
            return jsonStat(file, profile.jsonStat(), options, log);
        }
        if (kind == FileKind.JSON_STAT) {
            log.addFatal(new ImportProblem(0, null, null, Message.of("problem.file.isJsonStat")));
            return empty("JSON-stat", log);
        }
        char decimal = '.';
        TabularSource source;
        try {
            if (kind == FileKind.XLSX) {
                String sheet = profile.file() != null ? profile.file().sheet() : null;
                if (sheet == null) {
                    sheet = XlsxFiles.sheetNames(file).get(0);
                }
                source = XlsxFiles.open(file, sheet);
            } else {
                CsvFormat format = csvFormat(file, profile.file());
                decimal = format.decimalSeparator();
                source = CsvFiles.open(file, format);
            }
        } catch (FileProblem p) {
            log.addFatal(ImportProblem.of(p));
            return empty("", log);
        }
        try (TabularSource rows = Runtime.getRuntime().availableProcessors() > 1 ? ReadAhead.of(source) : source) {
            return stream(rows, profile, decimal, size, options, log);
        }
    }

    /** The detected CSV format with the profile's overrides applied. */
    public static CsvFormat csvFormat(Path file, ImportProfile.FileOptions overrides) throws FileProblem {
        CsvFormat f = CsvFiles.detect(file);
        if (overrides == null) {
            return f;
        }
        char delimiter = overrides.delimiter() == null || overrides.delimiter().isEmpty() ? f.delimiter()
                : overrides.delimiter().equalsIgnoreCase("tab") || overrides.delimiter().equals("\\t") ? '\t' : overrides.delimiter().charAt(0);
        char decimal = overrides.decimalSeparator() == null || overrides.decimalSeparator().isEmpty() ? f.decimalSeparator()
                : overrides.decimalSeparator().charAt(0);
        Charset charset = overrides.charset() == null ? f.charset() : Charset.forName(overrides.charset());
        return new CsvFormat(charset, f.bom(), delimiter, decimal);
    }

    private Reduced stream(TabularSource source, ImportProfile profile, char decimal, long size, Options options, ProblemLog log) {
        Columns columns = new Columns(source.headers(), log);
        RowReducer reducer = switch (profile.kind()) {
            case SURVEY -> new SurveyReducer(profile.survey(), columns, decimal, options.knownIndicators(), log);
            case REGISTRY -> new RegistryReducer(profile.registry(), columns, decimal, options.knownIndicators(), areas, log);
            case UNITS -> new UnitListReducer(profile.units(), columns, decimal, options.knownIndicators(), areas, log);
            case JSON_STAT -> throw new IllegalStateException();
        };
        // the batch keeps the Norwegian description (provenance, like the file name)
        String format = source.formatDescription().norwegian();
        if (log.fatal()) {
            return empty(format, log);
        }
        long read = 0;
        long imported = 0;
        RowObserver observer = options.observer();
        while (true) {
            SourceRow row;
            try {
                row = source.next();
            } catch (RowProblem p) {
                // one unreadable row: a bad row like any other (skippable), and reading goes on
                read++;
                log.add(ImportProblem.of(p));
                log.badRow();
                checkpoint(read, source, size, options);
                continue;
            } catch (FileProblem p) {
                log.addFatal(ImportProblem.of(p));
                return new Reduced(format, List.of(), List.of(), List.of(), read, imported, log);
            }
            if (row == null) {
                break;
            }
            read++;
            observer.beforeRow(row.rowNumber());
            if (reducer.accept(row, log)) {
                imported++;
            }
            checkpoint(read, source, size, options);
        }
        options.progress().update(size, size);
        if (read == 0) {
            log.addFatal(new ImportProblem(0, null, null, Message.of("problem.file.noRows")));
        }
        imported -= reducer.finish(log);
        return new Reduced(format, reducer.surveyCells(), reducer.registryValues(), reducer.unitEntries(), read, imported, log,
                source.sha256().orElse(null));
    }

    /** Every few thousand rows: honour a cancel, report progress. */
    private static void checkpoint(long read, TabularSource source, long size, Options options) {
        if ((read & (CHECK_EVERY - 1)) == 0) {
            if (options.cancelled().getAsBoolean()) {
                throw new ImportCancelled();
            }
            options.progress().update(source.bytesRead(), size);
        }
    }

    private Reduced jsonStat(Path file, ImportProfile.JsonStat p, Options options, ProblemLog log) {
        List<JsonStatTable> tables;
        try {
            tables = JsonStatFiles.read(file);
        } catch (FileProblem e) {
            log.addFatal(ImportProblem.of(e));
            return empty("JSON-stat", log);
        }
        JsonStatTable table = pick(tables, p.dataset());
        if (table == null) {
            log.addFatal(new ImportProblem(0, null, p.dataset(), Message.of("problem.jsonStat.noDataset")));
            return empty("JSON-stat", log);
        }
        int timeDim = table.dimensionIds().indexOf(p.timeDimension());
        int areaDim = p.areaDimension() == null ? -1 : table.dimensionIds().indexOf(p.areaDimension());
        if (timeDim < 0) {
            log.addFatal(new ImportProblem(0, p.timeDimension(), null, Message.of("problem.jsonStat.noDimension",
                    String.join(", ", table.dimensionIds()))));
        }
        if (p.areaDimension() != null && areaDim < 0) {
            log.addFatal(new ImportProblem(0, p.areaDimension(), null, Message.of("problem.jsonStat.noDimension",
                    String.join(", ", table.dimensionIds()))));
        }
        Map<Integer, String> filter = new HashMap<>();
        if (p.filter() != null) {
            for (Map.Entry<String, String> e : p.filter().entrySet()) {
                int d = table.dimensionIds().indexOf(e.getKey());
                if (d < 0) {
                    log.addFatal(new ImportProblem(0, e.getKey(), null, Message.of("problem.jsonStat.noFilterDimension")));
                    continue;
                }
                java.util.Set<String> codes = new java.util.LinkedHashSet<>();
                for (JsonStatRow row : table.rows()) {
                    codes.add(row.categoryCodes().get(d));
                }
                if (!codes.contains(e.getValue())) {
                    // a filter that matches nothing would store an empty batch and still "succeed"
                    List<String> some = codes.stream().limit(12).toList();
                    log.addFatal(new ImportProblem(0, e.getKey(), e.getValue(), Message.of("problem.jsonStat.noCategory",
                            String.join(", ", some) + (codes.size() > some.size() ? ", …" : ""))));
                } else {
                    filter.put(d, e.getValue());
                }
            }
        }
        if (options.knownIndicators() != null && !options.knownIndicators().contains(p.indicator())) {
            log.addFatal(new ImportProblem(0, null, p.indicator(), Message.of("problem.indicator.notInCatalogue")));
        }
        if (log.fatal()) {
            return empty("JSON-stat", log);
        }
        AreaResolver resolver = new AreaResolver(areas, p.areaScheme());
        Area nation = areas.byCode("NO").orElseThrow();
        record Key(Period period, Area area) { }
        Map<Key, double[]> sums = new LinkedHashMap<>();
        Map<Key, String> status = new HashMap<>();
        long read = 0;
        long imported = 0;
        String timeLabel = table.dimensionLabels().get(timeDim);
        for (JsonStatRow row : table.rows()) {
            read++;
            long rowNumber = read + 1;
            options.observer().beforeRow(rowNumber);
            boolean keep = true;
            for (Map.Entry<Integer, String> f : filter.entrySet()) {
                keep &= f.getValue().equals(row.categoryCodes().get(f.getKey()));
            }
            if (!keep) {
                imported++;
                continue;
            }
            boolean bad = false;
            String timeCode = row.categoryCodes().get(timeDim);
            Optional<Period> period = Period.parse(timeCode);
            if (period.isEmpty()) {
                log.add(new ImportProblem(rowNumber, timeLabel, timeCode, Message.of("problem.period.unknown")));
                bad = true;
            }
            Area area = nation;
            if (areaDim >= 0) {
                String code = row.categoryCodes().get(areaDim);
                Optional<Area> a = resolver.resolve(code);
                if (a.isEmpty()) {
                    a = resolver.resolve(row.categoryLabels().get(areaDim));
                }
                if (a.isEmpty()) {
                    log.add(new ImportProblem(rowNumber, table.dimensionLabels().get(areaDim), code, resolver.whyUnknown(code)));
                    bad = true;
                } else {
                    area = a.get();
                    resolver.note(code).ifPresent(log::note);
                }
            }
            if (row.value() != null && row.value() < 0) {
                log.add(new ImportProblem(rowNumber, "value", String.valueOf(row.value()), Message.of("problem.value.negative")));
                bad = true;
            }
            if (bad) {
                log.badRow();
                continue;
            }
            imported++;
            Key k = new Key(period.get(), area);
            double[] s = sums.computeIfAbsent(k, x -> new double[2]);
            if (row.value() == null) {
                s[1] = 1; // a missing value makes the sum missing: never 0
                status.putIfAbsent(k, row.status() == null ? "." : row.status());
            } else {
                s[0] += row.value();
            }
        }
        List<RegistryValue> values = new ArrayList<>();
        boolean numerator = p.valueRole() == ImportProfile.ValueRole.NUMERATOR;
        sums.forEach((k, s) -> {
            Double v = s[1] > 0 ? null : s[0];
            values.add(new RegistryValue(0, p.indicator(), k.period(), k.area().code(), k.area().level(),
                    numerator ? v : null, numerator ? null : v, status.get(k)));
        });
        if (values.isEmpty() && read > 0 && !log.fatal()) {
            log.addFatal(new ImportProblem(0, null, null, Message.of("problem.jsonStat.nothingMatches")));
        }
        return new Reduced("JSON-stat", List.of(), values, List.of(), read, imported, log);
    }

    private static JsonStatTable pick(List<JsonStatTable> tables, String dataset) {
        if (tables.isEmpty()) {
            return null;
        }
        if (dataset == null) {
            return tables.get(0);
        }
        if (dataset.matches("\\d+")) {
            int i = Integer.parseInt(dataset);
            return i < tables.size() ? tables.get(i) : null;
        }
        return tables.stream().filter(t -> dataset.equals(t.datasetLabel())).findFirst().orElse(null);
    }

    private static Reduced empty(String format, ProblemLog log) {
        return new Reduced(format, List.of(), List.of(), List.of(), 0, 0, log);
    }
}
