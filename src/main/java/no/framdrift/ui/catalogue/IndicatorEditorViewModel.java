package no.framdrift.ui.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.domain.Baseline;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorRules;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.domain.ValidationProblem;
import no.framdrift.ui.shell.Messages;

/**
 * The form behind the "Definisjon" tab: one property per field of an indicator, the problems the
 * rules find keyed by field (so the view shows them at the field), whether anything is unsaved,
 * and the Save and Revert commands. Holds no controls; tested without a window.
 */
public final class IndicatorEditorViewModel {

    /** Field keys, the same as {@link ValidationProblem#field()}. */
    public static final String CODE = "code", NAME = "name", GOAL = "goal", STATUS = "status",
            FREQUENCY = "frequency", KIND = "kind", DECIMALS = "decimals", AMBITIONS = "ambitions",
            SERIES_BREAKS = "seriesBreaks", BASELINE = "baseline", PARTS = "parts";

    private final CatalogueService service;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<Catalogue> catalogue = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Indicator> original = new ReadOnlyObjectWrapper<>();
    private String originalCode;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> goal = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Frequency> frequency = new SimpleObjectProperty<>();
    private final ObjectProperty<IndicatorKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.PERCENT);
    private final ObjectProperty<Integer> decimals = new SimpleObjectProperty<>(0);
    private final BooleanProperty higherIsBetter = new SimpleBooleanProperty(true);
    /** "Publiser": shown as on/off; saved as the steward's choice only once it differs from the status's default. */
    private final BooleanProperty publish = new SimpleBooleanProperty(false);
    private boolean publishChosen;
    private final StringProperty valueLabel = new SimpleStringProperty("");
    private final ObjectProperty<TimeAggregation> timeAggregation =
            new SimpleObjectProperty<>(TimeAggregation.RATIO_OF_SUMS);
    private final StringProperty measures = new SimpleStringProperty("");
    private final StringProperty about = new SimpleStringProperty("");
    private final StringProperty sources = new SimpleStringProperty("");
    private final StringProperty baselinePeriod = new SimpleStringProperty("");
    private final StringProperty baselineText = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<AmbitionRow> ambitions =
            FXCollections.observableArrayList(AmbitionRow::observables);
    private final ObservableList<SeriesBreakRow> seriesBreaks =
            FXCollections.observableArrayList(SeriesBreakRow::observables);
    private final ObservableList<String> partLabels = FXCollections.observableArrayList();

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    /** The blank form of a new indicator, to tell which fields the steward has typed in. */
    private Indicator blankNew;
    private Runnable onLeftNew = () -> { };
    private final Set<String> touched = new java.util.HashSet<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper codeEditable = new ReadOnlyBooleanWrapper();
    private final BooleanBinding canSave;

    private List<Object> snapshot = List.of();
    private boolean loading;
    private Consumer<Indicator> onSaved = i -> { };

    public IndicatorEditorViewModel(CatalogueService service, Messages messages) {
        this.service = service;
        this.messages = messages;
        List<Observable> all = new ArrayList<>(Arrays.asList(code, name, goal, status, frequency, kind, unit, decimals,
                higherIsBetter, valueLabel, timeAggregation, measures, about, sources, baselinePeriod, baselineText,
                note, ambitions, seriesBreaks, publish));
        // until the steward chooses, "Publiser" follows the status (on for Klar)
        status.addListener((o, was, now) -> {
            if (!loading && !publishChosen) {
                loading = true;
                try {
                    publish.set(Indicator.publishedByDefault(now));
                } finally {
                    loading = false;
                }
                changed();
            }
        });
        publish.addListener((o, was, now) -> {
            if (!loading) {
                publishChosen = true;
            }
        });
        for (Observable o : all) {
            o.addListener(x -> changed());
        }
        canSave = dirty.getReadOnlyProperty().and(valid.getReadOnlyProperty()).and(original.isNotNull().or(codeEditable));
    }

    // ---- loading --------------------------------------------------------------------------------

    /** Shows a saved indicator of the catalogue; nothing is dirty afterwards. */
    public void load(Catalogue c, Indicator i) {
        catalogue.set(c);
        originalCode = i.code();
        loadedVersion = service.version(i.code());
        codeEditable.set(false);
        fill(i);
        original.set(i);
    }

    /** Starts a new indicator in a goal area; it has no code yet, so the code field is open. */
    public void startNew(Catalogue c, String goalCode) {
        catalogue.set(c);
        originalCode = null;
        codeEditable.set(true);
        original.set(null);
        touched.clear();
        blankNew = new Indicator("", goalCode, null, "", null, null, List.of(), Status.UNDER_ARBEID, Frequency.ARLIG,
                IndicatorKind.SURVEY_SHARE, Unit.PERCENT, 0, true, null, TimeAggregation.RATIO_OF_SUMS, null,
                List.of(), List.of(), List.of(), null);
        fill(blankNew);
        // a new indicator is unsaved from the start
        snapshot = List.of();
        changed();
    }

    /** Empties the form (nothing selected). */
    public void clear() {
        loading = true;
        original.set(null);
        originalCode = null;
        codeEditable.set(false);
        loading = false;
        problems.clear();
        dirty.set(false);
        valid.set(true);
    }

    private void fill(Indicator i) {
        loading = true;
        try {
            code.set(i.code());
            name.set(nz(i.name()));
            goal.set(i.goal());
            status.set(i.status());
            frequency.set(i.frequency());
            kind.set(i.kind());
            unit.set(i.unit());
            decimals.set(i.decimals());
            higherIsBetter.set(i.higherIsBetter());
            publish.set(i.isPublished());
            publishChosen = i.publish() != null;
            valueLabel.set(nz(i.valueLabel()));
            timeAggregation.set(i.timeAggregation());
            measures.set(nz(i.measures()));
            about.set(nz(i.about()));
            sources.set(String.join("\n", i.sources()));
            baselinePeriod.set(i.baseline() == null ? "" : nz(i.baseline().period()));
            baselineText.set(i.baseline() == null ? "" : nz(i.baseline().text()));
            note.set(nz(i.note()));
            ambitions.setAll(i.ambitions().stream().map(AmbitionRow::new).toList());
            ambitions.forEach(a -> a.unitIsPercent(() -> unit.get() == Unit.PERCENT));
            seriesBreaks.setAll(i.seriesBreaks().stream().map(SeriesBreakRow::new).toList());
            Catalogue c = catalogue.get();
            partLabels.setAll(i.parts().stream()
                    .map(p -> p + " – " + (c == null ? "" : c.indicator(p).map(Indicator::name).orElse("")))
                    .toList());
        } finally {
            loading = false;
        }
        snapshot = formState();
        changed();
    }

    // ---- state ----------------------------------------------------------------------------------

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(!formState().equals(snapshot));
        validate();
    }

    private List<Object> formState() {
        List<Object> s = new ArrayList<>(Arrays.asList(code.get(), name.get(), goal.get(), status.get(), frequency.get(),
                kind.get(), unit.get(), decimals.get(), higherIsBetter.get(), valueLabel.get(),
                timeAggregation.get(), measures.get(), about.get(), sources.get(), baselinePeriod.get(),
                baselineText.get(), note.get(), publish.get()));
        ambitions.forEach(a -> s.addAll(Arrays.asList(a.yearProperty().get(), a.targetProperty().get(),
                a.textProperty().get())));
        s.add("|");
        seriesBreaks.forEach(b -> s.addAll(Arrays.asList(b.periodProperty().get(), b.noteProperty().get())));
        return s;
    }

    private void validate() {
        Catalogue c = catalogue.get();
        if (c == null) {
            problems.clear();
            valid.set(true);
            return;
        }
        List<ValidationProblem> found = new ArrayList<>(IndicatorRules.validate(edited(), originalCode, c));
        found.addAll(formProblems());
        showProblems(found);
    }

    /** Problems of text the rules never see: a target or a year that is not a number. */
    private List<ValidationProblem> formProblems() {
        List<ValidationProblem> found = new ArrayList<>();
        for (AmbitionRow a : ambitions) {
            Optional<Integer> y = a.parsedYear();
            boolean badYear = y.isEmpty() || y.get() < IndicatorRules.FIRST_AMBITION_YEAR
                    || y.get() > IndicatorRules.LAST_AMBITION_YEAR;
            a.yearInvalidProperty().set(badYear);
            boolean badTarget = a.targetUnreadable();
            if (badTarget) {
                found.add(new ValidationProblem(AMBITIONS, "validation.ambition.target",
                        "Målet må være et tall, eller tomt når det ikke er satt."));
            }
            Optional<Double> t = a.parsedTarget();
            if (t.isPresent() && (t.get() < 0 || (unit.get() == Unit.PERCENT && t.get() > 100))) {
                badTarget = true;
            }
            a.targetInvalidProperty().set(badTarget);
        }
        for (SeriesBreakRow b : seriesBreaks) {
            b.periodInvalidProperty().set(b.periodUnreadable());
        }
        return found;
    }

    private void showProblems(List<ValidationProblem> found) {
        Map<String, String> byField = new LinkedHashMap<>();
        Set<String> untouched = untouchedNewFields();
        boolean anyProblem = false;
        for (ValidationProblem p : found) {
            anyProblem = true;
            if (untouched.contains(p.field())) {
                continue; // a new indicator's empty form is not red before the steward has typed there
            }
            String text = messages.of(p);
            byField.merge(p.field(), text, (a, b) -> a.contains(b) ? a : a + "\n" + b);
        }
        problems.keySet().retainAll(byField.keySet());
        problems.putAll(byField);
        valid.set(!anyProblem);
    }

    /**
     * For a new indicator, the fields still as the blank form had them: their problems wait until
     * the steward types there (Lagre stays off meanwhile). Empty for a saved indicator.
     */
    private Set<String> untouchedNewFields() {
        if (original.get() != null || !codeEditable.get() || blankNew == null) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        Map<String, String> now = edited().fields();
        Map<String, String> blank = blankNew.fields();
        for (Map.Entry<String, String> e : blank.entrySet()) {
            if (!Objects.equals(e.getValue(), now.get(e.getKey()))) {
                touched.add(e.getKey()); // once typed in, a field stays judged, also when emptied again
            }
        }
        if (!nz(code.get()).isBlank()) {
            touched.add(CODE);
        }
        for (String f : blank.keySet()) {
            if (!touched.contains(f)) {
                out.add(f);
            }
        }
        if (!touched.contains(CODE)) {
            out.add(CODE);
        }
        return out;
    }

    /** The indicator as the form now describes it. */
    public Indicator edited() {
        Indicator base = original.get();
        String parent = base == null ? null : base.parent();
        List<String> parts = base == null ? List.of() : base.parts();
        List<String> sourceList = nz(sources.get()).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        Baseline baseline = blank(baselinePeriod.get()) && blank(baselineText.get()) ? null
                : new Baseline(nullIfBlank(baselinePeriod.get()), nullIfBlank(baselineText.get()));
        return new Indicator(nz(code.get()).strip(), goal.get(), parent, nz(name.get()).strip(),
                nullIfBlank(measures.get()), nullIfBlank(about.get()), sourceList, status.get(), frequency.get(),
                kind.get(), unit.get(), decimals.get() == null ? 0 : decimals.get(), higherIsBetter.get(),
                nullIfBlank(valueLabel.get()), timeAggregation.get(), baseline,
                ambitions.stream().map(AmbitionRow::toAmbition).toList(),
                seriesBreaks.stream().map(SeriesBreakRow::toSeriesBreak).toList(), parts, nullIfBlank(note.get()),
                publishChosen || publish.get() != Indicator.publishedByDefault(status.get()) ? publish.get() : null);
    }

    // ---- commands -------------------------------------------------------------------------------

    /**
     * Saves through the catalogue service (which validates again and records history). Returns
     * true when saved; on refusal the service's problems are shown at their fields.
     */
    public boolean save() {
        if (!canSave.get()) {
            return false;
        }
        Indicator edited = edited();
        CatalogueService.SaveResult result = service.save(edited, originalCode,
                originalCode == null ? CatalogueService.ANY_VERSION : loadedVersion);
        if (result.conflict().isPresent()) {
            // someone else saved this indicator since it was loaded: never overwrite them unseen
            CatalogueService.Conflict c = result.conflict().get();
            switch (onConflict.apply(c)) {
                case KEEP_THEIRS -> {
                    load(service.load(), c.theirs());
                    return false;
                }
                case OVERWRITE -> result = service.save(edited, originalCode, c.currentVersion());
                default -> {
                    return false;
                }
            }
            if (result.conflict().isPresent()) {
                return false;
            }
        }
        if (!result.saved()) {
            showProblems(result.problems());
            return false;
        }
        Catalogue fresh = service.load();
        Indicator saved = fresh.indicator(edited.code()).orElse(edited);
        load(fresh, saved);
        onSaved.accept(saved);
        return true;
    }

    /** What the steward chooses when another person saved the indicator meanwhile. */
    public enum ConflictChoice { KEEP_THEIRS, OVERWRITE, CANCEL }

    private long loadedVersion = CatalogueService.ANY_VERSION;
    private java.util.function.Function<CatalogueService.Conflict, ConflictChoice> onConflict = c -> ConflictChoice.CANCEL;

    /** Asks the steward (a dialog: "Behold deres", "Overskriv med mine", "Avbryt"); without one, cancels. */
    public void setOnConflict(java.util.function.Function<CatalogueService.Conflict, ConflictChoice> ask) {
        this.onConflict = ask;
    }

    /** Puts back what was loaded or last saved. */
    public void revert() {
        Indicator i = original.get();
        if (i != null) {
            fill(i);
        } else if (codeEditable.get()) {
            // "Angre endringer" on a new indicator leaves the new-indicator mode altogether
            clear();
            onLeftNew.run();
        }
    }

    /** Called when "Angre endringer" abandons a new indicator (the window shows what was selected before). */
    public void setOnLeftNew(Runnable onLeftNew) {
        this.onLeftNew = Objects.requireNonNull(onLeftNew);
    }

    /** The indicator's name for titles and prompts: as typed, else as saved, else "Ny indikator". */
    public String displayName() {
        String typed = nz(name.get()).strip();
        if (!typed.isEmpty()) {
            return typed;
        }
        Indicator saved = original.get();
        if (saved != null && saved.name() != null && !saved.name().isBlank()) {
            return saved.name();
        }
        return messages.get("editor.new.title");
    }

    public void addAmbition() {
        AmbitionRow row = new AmbitionRow();
        row.unitIsPercent(() -> unit.get() == Unit.PERCENT);
        int next = ambitions.stream().map(AmbitionRow::parsedYear).flatMap(Optional::stream)
                .max(Integer::compare).map(y -> y + 1).orElse(2030);
        row.yearProperty().set(Integer.toString(Math.min(next, IndicatorRules.LAST_AMBITION_YEAR)));
        ambitions.add(row);
    }

    public void removeAmbition(AmbitionRow row) {
        ambitions.remove(row);
    }

    public void addSeriesBreak() {
        seriesBreaks.add(new SeriesBreakRow());
    }

    public void removeSeriesBreak(SeriesBreakRow row) {
        seriesBreaks.remove(row);
    }

    public void setOnSaved(Consumer<Indicator> onSaved) {
        this.onSaved = Objects.requireNonNull(onSaved);
    }

    // ---- properties for the view ----------------------------------------------------------------

    /** The problem text at a field ("" when none). */
    public StringBinding problemAt(String field) {
        return Bindings.createStringBinding(() -> nz(problems.get(field)), problems);
    }

    public ObservableMap<String, String> problems() { return problems; }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public boolean isDirty() { return dirty.get(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ReadOnlyBooleanProperty codeEditableProperty() { return codeEditable.getReadOnlyProperty(); }
    /** The indicator as loaded or last saved (null for a new one or nothing). */
    public ReadOnlyObjectProperty<Indicator> originalProperty() { return original.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Catalogue> catalogueProperty() { return catalogue.getReadOnlyProperty(); }
    public List<GoalArea> goals() {
        return catalogue.get() == null ? List.of() : catalogue.get().goals();
    }

    public StringProperty codeProperty() { return code; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<String> goalProperty() { return goal; }
    public ObjectProperty<Status> statusProperty() { return status; }
    public ObjectProperty<Frequency> frequencyProperty() { return frequency; }
    public ObjectProperty<IndicatorKind> kindProperty() { return kind; }
    public ObjectProperty<Unit> unitProperty() { return unit; }
    public ObjectProperty<Integer> decimalsProperty() { return decimals; }
    public BooleanProperty higherIsBetterProperty() { return higherIsBetter; }
    public BooleanProperty publishProperty() { return publish; }
    public StringProperty valueLabelProperty() { return valueLabel; }
    public ObjectProperty<TimeAggregation> timeAggregationProperty() { return timeAggregation; }
    public StringProperty measuresProperty() { return measures; }
    public StringProperty aboutProperty() { return about; }
    public StringProperty sourcesProperty() { return sources; }
    public StringProperty baselinePeriodProperty() { return baselinePeriod; }
    public StringProperty baselineTextProperty() { return baselineText; }
    public StringProperty noteProperty() { return note; }
    public ObservableList<AmbitionRow> ambitions() { return ambitions; }
    public ObservableList<SeriesBreakRow> seriesBreaks() { return seriesBreaks; }
    public ObservableList<String> partLabels() { return partLabels; }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nullIfBlank(String s) {
        return blank(s) ? null : s.strip();
    }
}
