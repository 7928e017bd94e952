package no.framdrift.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.app.values.ValuesCsv;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.ingest.CatalogueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import no.framdrift.app.values.ValuesService;

/**
 * {@code values CODE [--by DIM] [--format csv|json]}: the computed values of one indicator, one
 * row per period, area and group. Shares are fractions 0–1 with dot decimals; a suppressed cell
 * shows ":" and no number; empty means not applicable. {@code incomplete} marks a period the data
 * do not cover completely (the note says how much, and for a value at the end of the period which
 * month it shows); {@code sample} a value drawn from the example data.
 */
@Command(name = "values", description = "Viser beregnede verdier for én indikator.")
final class ValuesCommand implements Callable<Integer> {

    static final List<String> COLUMNS = ValuesCsv.COLUMNS;

    enum Format { csv, json }

    @ParentCommand
    RootCommand parent;

    @Parameters(index = "0", paramLabel = "CODE", description = "Indikatorkode, f.eks. PLL.")
    String code;

    @Option(names = "--by", paramLabel = "DIM", description = "Bakgrunnsvariabel (én, eller to med komma: profesjon,region) for undergrupper; 'area' for områder.")
    String by;

    @Option(names = "--level", paramLabel = "NIVÅ", description = "Med --by area: kommune, fylke eller helseregion (verdiene for hvert område på dette nivået).")
    String level;

    @Option(names = "--format", defaultValue = "csv", description = "csv eller json (standard: ${DEFAULT-VALUE}).")
    Format format;

    /** An unknown or repeated variable is an error, never an empty table. */
    static void checkBreakdown(List<String> dims, Indicator indicator, List<String> known) {
        if (dims.size() > 2) {
            throw new UserError("--by tar én eller to bakgrunnsvariabler, ikke " + dims.size(), 2);
        }
        if (dims.size() == 2 && dims.get(0).equals(dims.get(1))) {
            throw new UserError("--by nevner «" + dims.get(0) + "» to ganger", 2);
        }
        for (String d : dims) {
            if (d.isEmpty() || d.equals(no.framdrift.app.values.ValuesService.BY_AREA)) {
                continue;
            }
            if (!known.contains(d)) {
                throw new UserError(known.isEmpty()
                        ? indicator.code() + " har ingen bakgrunnsvariabler å dele opp etter" + " (bruk --by area for områder)"
                        : "Ukjent bakgrunnsvariabel «" + d + "» for " + indicator.code() + " (kjente: " + String.join(", ", known) + ")", 2);
            }
        }
    }

    @Override
    public Integer call() {
        List<IndicatorValue> values;
        java.util.Set<Long> sample;
        try (Workspace ws = parent.openWorkspace()) {
            Catalogue catalogue = ws.catalogue().load();
            Indicator indicator = catalogue.indicator(code.trim().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new UserError("Ukjent indikatorkode: " + code, 2));
            List<String> dims = by == null ? List.of() : Arrays.stream(by.split(",")).map(String::trim).toList();
            checkBreakdown(dims, indicator, ws.values().backgroundVariables(indicator));
            // computed from the stored data on each call: as fast as reading the stored values, and
            // never older than the last import
            if (level != null) {
                no.framdrift.domain.AreaLevel chosen = ExportCommand.areaLevel(level);
                if (!dims.isEmpty() && !dims.equals(List.of(ValuesService.BY_AREA))) {
                    throw new UserError("--level gjelder bare --by area", 2);
                }
                values = ws.values().byLevel(catalogue, indicator, chosen).stream()
                        .map(ValuesService.AreaValue::value).toList();
            } else {
                values = ws.values().compute(catalogue, indicator, dims);
            }
            sample = ws.values().sampleBatchIds();
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (IndicatorValue v : values) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("period", v.period().code());
                m.put("area", v.area());
                m.put("group", v.group());
                m.put("value", v.suppressed() ? ":" : v.value());
                m.put("numerator", v.numerator());
                m.put("denominator", v.denominator());
                m.put("n", v.n());
                m.put("se", v.se());
                m.put("ci_low", v.ciLow());
                m.put("ci_high", v.ciHigh());
                m.put("suppressed", v.suppressed());
                m.put("batch", v.batches());
                m.put("growth_1y", v.growthOneYear());
                m.put("growth_2y", v.growthTwoYears());
                m.put("note", v.note());
                m.put("incomplete", v.isIncompletePeriod());
                m.put("sample", v.drawsOn(sample));
                rows.add(m);
            }
            out.println(new CatalogueJson().toJson(rows));
        } else {
            // the same rows the published site and the open-data zip write
            out.println(ValuesCsv.header());
            for (IndicatorValue v : values) {
                out.println(ValuesCsv.row(v, sample));
            }
        }
        out.flush();
        return 0;
    }
}
