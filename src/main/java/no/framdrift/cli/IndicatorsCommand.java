package no.framdrift.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.FutureIndicator;
import no.framdrift.domain.Indicator;
import no.framdrift.ingest.CatalogueJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code indicators [--format table|json]}: every indicator and future indicator. */
@Command(name = "indicators", description = "Lister alle indikatorer og foreslåtte fremtidige indikatorer.")
final class IndicatorsCommand implements Callable<Integer> {

    enum Format { table, json }

    @ParentCommand
    RootCommand parent;

    @Option(names = "--format", defaultValue = "table", description = "table eller json (standard: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        Catalogue c;
        try (Workspace ws = parent.openWorkspace()) {
            c = ws.catalogue().load();
        }
        PrintWriter out = parent.spec.commandLine().getOut();
        if (format == Format.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Indicator i : c.topLevel()) {
                rows.add(row(c, i));
            }
            for (FutureIndicator f : c.futureIndicators()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", f.code());
                m.put("name", f.name());
                m.put("goal", f.goal());
                m.put("status", "FREMTIDIG");
                m.put("frequency", null);
                m.put("kind", null);
                m.put("description", f.description());
                m.put("parts", List.of());
                rows.add(m);
            }
            out.println(new CatalogueJson().toJson(rows));
        } else {
            String fmt = "%-40s %-11s %-13s %-12s %s%n";
            out.printf(fmt, "KODE", "MÅL", "STATUS", "FREKVENS", "NAVN");
            for (Indicator i : c.topLevel()) {
                out.printf(fmt, i.code(), i.goal(), i.status(), i.frequency(), i.name());
                for (Indicator p : c.partsOf(i)) {
                    out.printf(fmt, "  " + p.code(), p.goal(), p.status(), p.frequency(), "  " + p.name());
                }
            }
            for (FutureIndicator f : c.futureIndicators()) {
                out.printf(fmt, f.code(), f.goal(), "FREMTIDIG", "", f.name());
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> row(Catalogue c, Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("goal", i.goal());
        m.put("status", i.status());
        m.put("frequency", i.frequency());
        m.put("kind", i.kind());
        m.put("unit", i.unit());
        m.put("sources", i.sources());
        m.put("ambition", i.ambitionSummary());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Indicator p : c.partsOf(i)) {
            parts.add(row(c, p));
        }
        m.put("parts", parts);
        return m;
    }
}
