package no.framdrift.ui.catalogue;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.domain.IndicatorChange;
import no.framdrift.ui.shell.Messages;

/** The "Historikk" tab: each recorded change of the indicator, newest first. */
public final class HistoryViewModel {

    /** One row: when, which field (in the steward's words), old → new. */
    public record Row(String time, String field, String oldValue, String newValue, String by) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    private final CatalogueService service;
    private final Messages messages;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public HistoryViewModel(CatalogueService service, Messages messages, ZoneId zone) {
        this.service = service;
        this.messages = messages;
        this.zone = zone;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Reads the history of an indicator (the repository gives it newest first); null empties. */
    public void show(String code) {
        if (code == null || code.isBlank()) {
            rows.clear();
            return;
        }
        List<IndicatorChange> changes = service.history(code);
        boolean percent = service.load().indicator(code).map(i -> i.unit() == no.framdrift.domain.Unit.PERCENT)
                .orElse(true);
        List<Row> out = new java.util.ArrayList<>();
        for (IndicatorChange c : changes) {
            if (c.field().equals("ambitions")) {
                out.addAll(ambitionRows(c, percent));
            } else {
                out.add(row(c));
            }
        }
        rows.setAll(out);
    }

    /**
     * An ambitions change ("2030=XX" → "2030=80,0") as one row per year that changed, in the
     * steward's words: "Ambisjon 2030", "ikke satt" → "80 %".
     */
    List<Row> ambitionRows(IndicatorChange c, boolean percent) {
        java.util.Map<String, String> before = ambitions(c.oldValue());
        java.util.Map<String, String> after = ambitions(c.newValue());
        java.util.SortedSet<String> years = new java.util.TreeSet<>(before.keySet());
        years.addAll(after.keySet());
        String time = TIME.format(c.changedAt().atZone(zone));
        List<Row> out = new java.util.ArrayList<>();
        for (String y : years) {
            String was = before.get(y);
            String now = after.get(y);
            if (java.util.Objects.equals(was, now)) {
                continue;
            }
            out.add(new Row(time, messages.format("history.ambition", y), target(was, percent),
                    target(now, percent), c.changedBy() == null ? "" : c.changedBy()));
        }
        if (out.isEmpty()) {
            out.add(row(c));
        }
        return out;
    }

    private String target(String value, boolean percent) {
        if (value == null) {
            return messages.get("history.ambition.none");
        }
        if (value.equalsIgnoreCase("XX")) {
            return messages.get("history.ambition.unset");
        }
        String n = value.endsWith(",0") ? value.substring(0, value.length() - 2) : value;
        return percent ? n + " %" : n;
    }

    /** "2026=25,0, 2030=XX" → {2026: "25,0", 2030: "XX"}. */
    static java.util.Map<String, String> ambitions(String stored) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})=(XX|[^,]+(?:,\\d+)?)")
                .matcher(stored);
        while (m.find()) {
            out.put(m.group(1), m.group(2).strip());
        }
        return out;
    }

    private Row row(IndicatorChange c) {
        String fieldKey = "field." + c.field();
        String field = messages.has(fieldKey) ? messages.get(fieldKey) : c.field();
        return new Row(TIME.format(c.changedAt().atZone(zone)), field, shown(c.field(), c.oldValue()),
                shown(c.field(), c.newValue()), c.changedBy() == null ? "" : c.changedBy());
    }

    /** Enum fields are stored by constant name; show them as the form does ("Klar", "Årlig"). */
    private String shown(String field, String value) {
        if (value == null) {
            return "";
        }
        String enumType = switch (field) {
            case "status" -> "Status";
            case "frequency" -> "Frequency";
            case "kind" -> "IndicatorKind";
            case "unit" -> "Unit";
            case "timeAggregation", "quarterAggregation" -> "TimeAggregation";
            default -> null;
        };
        if (enumType != null && messages.has("enum." + enumType + "." + value)) {
            return messages.get("enum." + enumType + "." + value);
        }
        if (field.equals("higherIsBetter")) {
            return messages.get(Boolean.parseBoolean(value) ? "common.yes" : "common.no");
        }
        return value;
    }
}
