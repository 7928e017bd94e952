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
        rows.setAll(changes.stream().map(this::row).toList());
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
