package no.framdrift.ui.catalogue;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.domain.Assessment;
import no.framdrift.domain.Period;
import no.framdrift.ui.shell.Messages;

/**
 * The "Vurderinger" tab: one assessment text per period ("Vurdering Q3 2025"), newest first;
 * add, edit and delete. Periods are kept in their canonical code (2025Q3).
 */
public final class AssessmentsViewModel {

    private final CatalogueService service;
    private final Messages messages;
    private final ObservableList<Assessment> assessments = FXCollections.observableArrayList();
    private final ObjectProperty<Assessment> selected = new SimpleObjectProperty<>();
    private final StringProperty period = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private String code;

    public AssessmentsViewModel(CatalogueService service, Messages messages) {
        this.service = service;
        this.messages = messages;
        selected.addListener((o, was, now) -> {
            if (now != null) {
                period.set(now.period());
                text.set(now.text());
                problem.set("");
            }
        });
    }

    /** Shows the assessments of an indicator; null empties the list. */
    public void show(String indicatorCode) {
        code = indicatorCode;
        selected.set(null);
        period.set("");
        text.set("");
        problem.set("");
        if (indicatorCode == null || indicatorCode.isBlank()) {
            assessments.clear();
        } else {
            assessments.setAll(service.assessments(indicatorCode));
        }
    }

    /** Starts a new assessment for the current quarter (the steward may type another period). */
    public void startNew(LocalDate today) {
        selected.set(null);
        period.set(Period.of(today).enclosing(Period.Granularity.QUARTER).code());
        text.set("");
        problem.set("");
    }

    /** Saves the text for the period (replacing that period's text); false with a problem if refused. */
    public boolean save() {
        Optional<Period> p = Period.parse(period.get() == null ? "" : period.get().strip());
        if (code == null) {
            return false;
        }
        if (p.isEmpty()) {
            problem.set(messages.get("assessment.problem.period"));
            return false;
        }
        if (text.get() == null || text.get().isBlank()) {
            problem.set(messages.get("assessment.problem.text"));
            return false;
        }
        Assessment saved = service.saveAssessment(code, p.get().code(), text.get().strip());
        assessments.setAll(service.assessments(code));
        selected.set(assessments.stream().filter(a -> a.period().equals(saved.period())).findFirst().orElse(null));
        problem.set("");
        return true;
    }

    /**
     * Puts a draft written from the numbers into the editor; nothing is saved. An empty text
     * becomes the draft, a text already written keeps its words and gets the draft below it. With
     * no period chosen yet, the draft is for the current quarter (as a new assessment).
     */
    public void applyDraft(String draft, LocalDate today) {
        applyDraft(draft, Optional.empty(), today);
    }

    /**
     * As {@link #applyDraft(String, LocalDate)}, but with no period chosen yet the draft is for the
     * latest period with data, the one its sentences speak of (a month's quarter: data for
     * okt.25 give "Vurdering Q4 2025"); the current quarter only when there are no data.
     */
    public void applyDraft(String draft, Optional<Period> latestData, LocalDate today) {
        if (code == null || draft == null || draft.isBlank()) {
            return;
        }
        if (period.get() == null || period.get().isBlank()) {
            Period p = latestData.map(d -> d.granularity() == Period.Granularity.MONTH
                    ? d.enclosing(Period.Granularity.QUARTER) : d)
                    .orElseGet(() -> Period.of(today).enclosing(Period.Granularity.QUARTER));
            period.set(p.code());
        }
        String current = text.get();
        text.set(current == null || current.isBlank() ? draft : current.stripTrailing() + "\n\n" + draft);
        problem.set("");
    }

    /** Shows why something could not be done (e.g. the draft could not be made). */
    public void reportProblem(String text) {
        problem.set(text);
    }

    /** Deletes the selected assessment (the view asks first). */
    public void deleteSelected() {
        Assessment a = selected.get();
        if (a == null || code == null) {
            return;
        }
        service.deleteAssessment(code, a.period());
        show(code);
    }

    /** "Vurdering Q3 2025" for a stored period code. */
    public String heading(Assessment a) {
        String label = Period.parse(a.period()).map(Period::label).orElse(a.period());
        return messages.format("assessment.heading", label);
    }

    public BooleanBinding canDelete() {
        return Bindings.isNotNull(selected);
    }

    public ObservableList<Assessment> assessments() { return assessments; }
    public ObjectProperty<Assessment> selectedProperty() { return selected; }
    public StringProperty periodProperty() { return period; }
    public StringProperty textProperty() { return text; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public String code() { return code; }
}
