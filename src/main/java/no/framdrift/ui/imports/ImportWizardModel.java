package no.framdrift.ui.imports;

import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.imports.ImportRefused;
import no.framdrift.app.imports.ImportRequest;
import no.framdrift.app.imports.ImportService;
import no.framdrift.app.imports.ImportSummary;
import no.framdrift.app.imports.ValidationReport;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.ingest.CsvFormat;
import no.framdrift.ingest.FileKind;
import no.framdrift.ingest.FilePreview;
import no.framdrift.ingest.ImportCancelled;
import no.framdrift.ingest.ImportPass;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;
import no.framdrift.ingest.MappingProposer;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.UiProgress;

/**
 * The guided import, step by step, without a window: 1 file (preview and detected format), 2
 * columns (profile and mapping), 3 check (every row validated), 4 import (progress, cancel), 5
 * summary. Every file read, validation and import runs through {@link BackgroundTasks}; progress
 * from the worker reaches the properties through {@code ui} (the JavaFX thread in the window).
 */
public final class ImportWizardModel {

    enum Step { FILE, COLUMNS, CHECK, IMPORT, SUMMARY }

    /** Delimiters offered; "tab" is what a profile writes for a tab. */
    static final List<String> DELIMITERS = List.of(";", ",", "tab", "|");
    static final List<String> DECIMALS = List.of(",", ".");
    static final List<String> CHARSETS = List.of("UTF-8", "windows-1252");

    private final ImportService imports;
    private final BackgroundTasks tasks;
    private final Executor ui;
    private final Messages m;
    private final ImportProfiles json = new ImportProfiles();

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<FilePreview> preview = new SimpleObjectProperty<>();
    private final StringProperty charset = new SimpleStringProperty();
    private final StringProperty delimiter = new SimpleStringProperty();
    private final StringProperty decimal = new SimpleStringProperty();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();

    private final ObjectProperty<ImportProfile> profile = new SimpleObjectProperty<>();
    private final ObservableList<String> profileNames = FXCollections.observableArrayList();
    private final ObservableList<String> profileProblems = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObjectProperty<ImportKind> kind = new SimpleObjectProperty<>();
    private final StringProperty indicator = new SimpleStringProperty("");
    private final ObjectProperty<ImportProfile.AreaScheme> areaScheme = new SimpleObjectProperty<>(ImportProfile.AreaScheme.ANY);
    private final StringProperty profileJson = new SimpleStringProperty("");
    private List<String> profileHeaders = List.of();
    /** "Bruker lagret profil «pll»" when a saved profile fitting the headers was proposed, else empty. */
    private final StringProperty profileNote = new SimpleStringProperty("");
    /** The catalogue's indicators: the only codes an import can feed (never free text). */
    private final ObservableList<IndicatorChoice> indicatorChoices = FXCollections.observableArrayList();
    /** The question row whose answers are being chosen, and the answer labels found in its column. */
    private final ObjectProperty<MappingRow> question = new SimpleObjectProperty<>();
    private final ObservableList<String> answerChoices = FXCollections.observableArrayList();
    private final ProfileMemory memory;

    private final ObjectProperty<ValidationReport> report = new SimpleObjectProperty<>();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportSummary> summary = new SimpleObjectProperty<>();
    /** After an import: the indicators the batch feeds, each with its periods ("EPJ_KVALITET – …: 2025"). */
    private final ObservableList<Change> changes = FXCollections.observableArrayList();

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BooleanBinding canNext;
    private final BooleanBinding canImport;

    /** Asked on the window's thread when the file was imported before: true replaces that batch. */
    private Predicate<ImportBatch> confirmReplace = b -> false;
    /** Asked on the window's thread when the file meets stored cells (the list): true replaces those cells. */
    private Predicate<java.util.List<no.framdrift.domain.Overlap>> confirmReplaceOverlap = o -> false;
    private Runnable onImported = () -> { };
    /** Guards against rebuilding the mapping from the profile while the mapping is writing the profile. */
    private boolean syncing;
    private boolean readingOptions;

    /** One indicator an import changed: its code (for "Vis") and the line the summary shows. */
    record Change(String code, String text) {
    }

    ImportWizardModel(ImportService imports, BackgroundTasks tasks, Executor ui, Messages m) {
        this(imports, tasks, ui, m, List.of(), ProfileMemory.NONE);
    }

    ImportWizardModel(ImportService imports, BackgroundTasks tasks, Executor ui, Messages m,
                      List<IndicatorChoice> indicators, ProfileMemory memory) {
        this.imports = imports;
        this.tasks = tasks;
        this.ui = ui;
        this.m = m;
        this.memory = Objects.requireNonNull(memory);
        this.indicatorChoices.setAll(indicators);
        canImport = Bindings.createBooleanBinding(() -> {
            ValidationReport r = report.get();
            return !busy.get() && r != null && !r.fatal() && (r.ok() || (skipBadRows.get() && r.importableBySkipping()));
        }, report, skipBadRows, busy);
        canNext = Bindings.createBooleanBinding(() -> {
            if (busy.get()) {
                return false;
            }
            return switch (step.get()) {
                case FILE -> preview.get() != null && preview.get().problem() == null && file.get() != null;
                case COLUMNS -> profile.get() != null && profileProblems.isEmpty();
                case CHECK -> canImport.get();
                case IMPORT, SUMMARY -> false;
            };
        }, busy, step, preview, file, profile, profileProblems, canImport);
        for (StringProperty p : List.of(charset, delimiter, decimal, sheet)) {
            p.addListener((o, was, now) -> {
                if (!readingOptions && now != null && !now.equals(was) && file.get() != null) {
                    readPreview();
                }
            });
        }
        profile.addListener((o, was, now) -> profileChanged(now));
        kind.addListener((o, was, now) -> {
            if (!syncing && now != null && profile.get() != null && now != profile.get().kind()) {
                profileNote.set("");
                profile.set(MappingProposer.propose(profile.get().name(), headers(), now));
            }
        });
        indicator.addListener((o, was, now) -> mappingEdited());
        areaScheme.addListener((o, was, now) -> mappingEdited());
        question.addListener((o, was, now) -> readAnswers(now));
    }

    void setConfirmReplace(Predicate<ImportBatch> confirm) {
        this.confirmReplace = Objects.requireNonNull(confirm);
    }

    void setConfirmReplaceOverlap(Predicate<java.util.List<no.framdrift.domain.Overlap>> confirm) {
        this.confirmReplaceOverlap = Objects.requireNonNull(confirm);
    }

    void setOnImported(Runnable r) {
        this.onImported = Objects.requireNonNull(r);
    }

    // ---- step 1: the file -----------------------------------------------------------------------

    /** Opens a file: reads the preview (and the saved profiles' names) in the background. */
    void open(Path f) {
        file.set(f);
        readingOptions = true;
        charset.set(null);
        delimiter.set(null);
        decimal.set(null);
        sheet.set(null);
        readingOptions = false;
        profile.set(null);
        profileNote.set("");
        report.set(null);
        summary.set(null);
        changes.clear();
        step.set(Step.FILE);
        readPreview();
        tasks.run("import-profile-names", imports::profileNames, profileNames::setAll, e -> { });
    }

    private void readPreview() {
        Path f = file.get();
        ImportProfile.FileOptions overrides = fileOptions();
        start(m.get("wizard.reading"));
        tasks.run("import-preview", () -> {
            FilePreview p = imports.preview(f, overrides);
            CsvFormat detected = p.kind() == FileKind.CSV && p.problem() == null ? ImportPass.csvFormat(f, overrides) : null;
            return new Read(p, detected);
        }, read -> {
            done();
            showPreview(read);
        }, e -> {
            done();
            preview.set(null);
            error(m.format("wizard.preview.failed", text(e)));
        });
    }

    private record Read(FilePreview preview, CsvFormat format) {
    }

    private void showPreview(Read read) {
        FilePreview p = read.preview();
        readingOptions = true;
        if (read.format() != null) {
            CsvFormat f = read.format();
            charset.set(f.charset().equals(StandardCharsets.UTF_8) ? "UTF-8" : f.charset().name());
            delimiter.set(f.delimiter() == '\t' ? "tab" : String.valueOf(f.delimiter()));
            decimal.set(String.valueOf(f.decimalSeparator()));
        }
        sheets.setAll(p.sheets());
        if ((sheet.get() == null || !p.sheets().contains(sheet.get())) && !p.sheets().isEmpty()) {
            sheet.set(p.sheets().get(0));
        }
        readingOptions = false;
        preview.set(p);
        if (p.problem() != null) {
            error(m.format("wizard.preview.problem", p.problem().describe(m.language().locale())));
        } else {
            info(m.format("wizard.preview.rows", p.rows().size(), m.of(p.format())));
        }
    }

    /** What the analyst chose (or the reader detected) about the file, as a profile writes it. */
    ImportProfile.FileOptions fileOptions() {
        FilePreview p = preview.get();
        boolean xlsx = p != null && p.kind() == FileKind.XLSX;
        if (charset.get() == null && delimiter.get() == null && decimal.get() == null && (!xlsx || sheet.get() == null)) {
            return null;
        }
        return new ImportProfile.FileOptions(delimiter.get(), decimal.get(), charset.get(), xlsx ? sheet.get() : null);
    }

    List<String> headers() {
        FilePreview p = preview.get();
        return p == null ? List.of() : p.headers();
    }

    // ---- step 2: the columns --------------------------------------------------------------------

    /**
     * The profile to start from: the saved profile last used for a file with these headers, else
     * the first saved profile whose columns are all among the headers, else a guess from the headers.
     */
    void proposeForFile() {
        FilePreview p = preview.get();
        if (p == null || p.kind() == FileKind.JSON_STAT) {
            propose();
            return;
        }
        List<String> h = headers();
        start(m.get("wizard.profile.loading"));
        tasks.run("import-matching-profiles", () -> imports.matchingProfiles(h), found -> {
            done();
            java.util.Optional<String> last = memory.lastProfile(ProfileMemory.headerKey(h));
            ImportProfile chosen = found.stream().filter(f -> last.isPresent() && f.name().equals(last.get())).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            if (chosen == null) {
                propose();
                info(m.get("wizard.columns.hint"));
            } else {
                useProfile(chosen);
                usingSaved(chosen.name());
            }
        }, e -> {
            done();
            propose();
            info(m.get("wizard.columns.hint"));
        });
    }

    private void usingSaved(String name) {
        profileNote.set(m.format("wizard.profile.usingSaved", name));
        info(profileNote.get());
    }

    /** Starts from the mapping proposed from the headers. */
    void propose() {
        profileNote.set("");
        FilePreview p = preview.get();
        String name = baseName(file.get());
        profileHeaders = headers();
        if (p != null && p.kind() == FileKind.JSON_STAT) {
            ImportProfile j = MappingProposer.propose(name, headers(), ImportKind.JSON_STAT);
            String dataset = sheet.get();
            ImportProfile.JsonStat s = j.jsonStat();
            profile.set(new ImportProfile(name, ImportKind.JSON_STAT, null, null, null, null, null,
                    new ImportProfile.JsonStat(null, dataset, s.areaDimension(), s.areaScheme(), s.timeDimension(),
                            s.valueRole(), s.filter())));
        } else {
            profile.set(imports.proposeProfile(name, headers()));
        }
    }

    /** Uses a saved profile (read in the background). */
    void chooseSaved(String name) {
        start(m.get("wizard.profile.loading"));
        tasks.run("import-saved-profile", () -> imports.savedProfile(name).orElseThrow(), p -> {
            done();
            useProfile(p);
            usingSaved(p.name());
        }, e -> {
            done();
            error(m.format("wizard.profile.failed", text(e)));
        });
    }

    /** Uses a profile from a JSON file (read in the background). */
    void chooseFile(Path json) {
        start(m.get("wizard.profile.loading"));
        tasks.run("import-profile-file", () -> imports.loadProfile(json.toAbsolutePath().toString()), p -> {
            done();
            profileNote.set("");
            useProfile(p);
        }, e -> {
            done();
            error(m.format("wizard.profile.failed", text(e)));
        });
    }

    private void useProfile(ImportProfile p) {
        profileHeaders = headers();
        profile.set(p);
        info(m.format("wizard.profile.chosen", p.name()));
        ImportProfile.FileOptions o = p.file();
        if (o != null) {
            // the profile's own format choices win over what was detected
            if (o.charset() != null) {
                charset.set(o.charset());
            }
            if (o.delimiter() != null) {
                delimiter.set(o.delimiter().equals("\t") ? "tab" : o.delimiter());
            }
            if (o.decimalSeparator() != null) {
                decimal.set(o.decimalSeparator());
            }
            if (o.sheet() != null && sheets.contains(o.sheet())) {
                sheet.set(o.sheet());
            }
        }
    }

    /** Saves the current profile under a name (remembered in the data folder). */
    void saveProfileAs(String name) {
        if (name == null || name.isBlank() || profile.get() == null) {
            return;
        }
        ImportProfile p = named(effectiveProfile(), name.trim());
        start(m.get("wizard.profile.saving"));
        tasks.run("import-save-profile", () -> {
            imports.saveProfile(p);
            return imports.profileNames();
        }, names -> {
            done();
            profileNames.setAll(names);
            syncing = true;
            profile.set(p);
            syncing = false;
            profileChanged(p);
            memory.remember(ProfileMemory.headerKey(headers()), p.name());
            profileNote.set(m.format("wizard.profile.usingSaved", p.name()));
            info(m.format("wizard.profile.saved", p.name()));
        }, e -> {
            done();
            error(m.format("wizard.profile.failed", text(e)));
        });
    }

    /** Replaces the profile with the JSON text (the "Avansert" editor); false with a message if it is not valid. */
    boolean applyJson() {
        try {
            ImportProfile p = json.fromJson(profileJson.get(), m.get("wizard.advanced"));
            profile.set(p);
            info(m.format("wizard.profile.chosen", p.name()));
            return true;
        } catch (ImportProfiles.ProfileException e) {
            error(m.of(e.why()));
            return false;
        }
    }

    private void profileChanged(ImportProfile p) {
        report.set(null);
        if (p == null) {
            mapping.clear();
            profileProblems.clear();
            profileJson.set("");
            return;
        }
        profileProblems.setAll(problems(p));
        profileJson.set(json.toJson(p));
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            kind.set(p.kind());
            indicator.set(switch (p.kind()) {
                case REGISTRY -> p.registry() == null || p.registry().indicator() == null ? "" : p.registry().indicator();
                case UNITS -> p.units() == null || p.units().indicator() == null ? "" : p.units().indicator();
                case JSON_STAT -> p.jsonStat() == null || p.jsonStat().indicator() == null ? "" : p.jsonStat().indicator();
                case SURVEY -> "";
            });
            areaScheme.set(p.registry() != null && p.registry().areaScheme() != null ? p.registry().areaScheme()
                    : ImportProfile.AreaScheme.ANY);
            mapping.setAll(ProfileMapping.rows(p, headers()).stream().map(r -> new MappingRow(r, this::mappingEdited)).toList());
            question.set(mapping.stream().filter(r -> r.roleProperty().get() == ColumnRole.QUESTION).findFirst().orElse(null));
        } finally {
            syncing = false;
        }
    }

    /** The profile's own problems, and every indicator it names that the catalogue does not have. */
    private List<String> problems(ImportProfile p) {
        List<String> out = new java.util.ArrayList<>(ImportProfiles.problems(p).stream().map(m::of).toList());
        if (!indicatorChoices.isEmpty()) {
            java.util.Set<String> known = new java.util.HashSet<>();
            indicatorChoices.forEach(c -> known.add(c.code()));
            for (String code : indicatorsOf(p)) {
                if (!known.contains(code)) {
                    out.add(m.format("wizard.indicator.unknown", code));
                }
            }
        }
        return out;
    }

    private static List<String> indicatorsOf(ImportProfile p) {
        List<String> out = new java.util.ArrayList<>();
        if (p.survey() != null && p.survey().questions() != null) {
            p.survey().questions().forEach(q -> out.add(q.indicator()));
        }
        if (p.registry() != null) {
            out.add(p.registry().indicator());
        }
        if (p.units() != null) {
            out.add(p.units().indicator());
        }
        if (p.jsonStat() != null) {
            out.add(p.jsonStat().indicator());
        }
        return out.stream().filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Chooses the indicator (of the whole file, or of a question row) from the catalogue; false and
     * nothing changes for a code the catalogue does not have.
     */
    boolean chooseIndicator(MappingRow row, String code) {
        if (code == null || indicatorChoices.stream().noneMatch(c -> c.code().equals(code))) {
            return false;
        }
        if (row == null) {
            indicator.set(code);
        } else {
            row.indicatorProperty().set(code);
        }
        return true;
    }

    /** Which of a question's answer lists a checklist edits. */
    enum AnswerList { ANSWERS, POSITIVE, EXCLUDED }

    /** Reads the chosen question column's distinct values (through the profile's codes) in the background. */
    private void readAnswers(MappingRow row) {
        answerChoices.clear();
        Path f = file.get();
        if (row == null || f == null) {
            return;
        }
        ImportProfile.FileOptions o = fileOptions();
        String column = row.column();
        tasks.run("import-column-values", () -> imports.columnValues(f, o, column, 200), values -> {
            if (row == question.get()) {
                answerChoices.setAll(answerLabels(row, values));
            }
        }, e -> answerChoices.clear());
    }

    /**
     * The labels to choose from: the column's values as labels (a profile's codes 1–5 become
     * "Helt uenig" … "Helt enig"), in the order the question already gives them, then the codes'
     * order, then the order met in the file.
     */
    private List<String> answerLabels(MappingRow row, List<String> values) {
        java.util.Map<String, String> codes = java.util.Map.of();
        ImportProfile p = profile.get();
        if (p != null && p.survey() != null && p.survey().questions() != null) {
            codes = p.survey().questions().stream().filter(q -> row.column().equalsIgnoreCase(q.column())
                    && q.codes() != null).map(ImportProfile.Question::codes).findFirst().orElse(java.util.Map.of());
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        out.addAll(row.answers());
        out.addAll(row.positive());
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String v : values) {
            found.add(codes.getOrDefault(v, v));
        }
        for (String label : codes.values()) {
            if (found.contains(label)) {
                out.add(label);
            }
        }
        out.addAll(found);
        out.addAll(row.excluded());
        return List.copyOf(out);
    }

    /**
     * Checks or unchecks an answer label: a positive answer is also a valid answer; an excluded one
     * is neither; an answer no longer valid is no longer positive. The lists keep the choices' order.
     */
    void checkAnswer(MappingRow row, AnswerList list, String label, boolean checked) {
        if (row == null || label == null) {
            return;
        }
        java.util.Set<String> answers = new java.util.LinkedHashSet<>(row.answers());
        java.util.Set<String> positive = new java.util.LinkedHashSet<>(row.positive());
        java.util.Set<String> excluded = new java.util.LinkedHashSet<>(row.excluded());
        switch (list) {
            case ANSWERS -> {
                if (checked) {
                    answers.add(label);
                    excluded.remove(label);
                } else {
                    answers.remove(label);
                    positive.remove(label);
                }
            }
            case POSITIVE -> {
                if (checked) {
                    positive.add(label);
                    answers.add(label);
                    excluded.remove(label);
                } else {
                    positive.remove(label);
                }
            }
            case EXCLUDED -> {
                if (checked) {
                    excluded.add(label);
                    answers.remove(label);
                    positive.remove(label);
                } else {
                    excluded.remove(label);
                }
            }
        }
        setInOrder(row.answers(), answers);
        setInOrder(row.positive(), positive);
        setInOrder(row.excluded(), excluded);
    }

    private void setInOrder(ObservableList<String> target, java.util.Set<String> labels) {
        List<String> ordered = new java.util.ArrayList<>(answerChoices.stream().filter(labels::contains).toList());
        labels.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
        if (!target.equals(ordered)) {
            target.setAll(ordered);
        }
    }

    /** A role, indicator or answer list changed in the table: the profile follows. */
    private void mappingEdited() {
        if (syncing || profile.get() == null) {
            return;
        }
        ImportProfile p = ProfileMapping.apply(profile.get(), mapping.stream().map(MappingRow::row).toList(),
                indicator.get(), areaScheme.get());
        syncing = true;
        try {
            profile.set(p);
        } finally {
            syncing = false;
        }
        MappingRow q = question.get();
        if (q == null || q.roleProperty().get() != ColumnRole.QUESTION) {
            question.set(mapping.stream().filter(r -> r.roleProperty().get() == ColumnRole.QUESTION).findFirst().orElse(null));
        }
    }

    /** The profile as the import will use it: the format choices of step 1 and, for JSON-stat, the dataset. */
    ImportProfile effectiveProfile() {
        ImportProfile p = profile.get();
        if (p == null) {
            return null;
        }
        FilePreview pv = preview.get();
        if (p.kind() == ImportKind.JSON_STAT && p.jsonStat() != null && sheet.get() != null) {
            ImportProfile.JsonStat j = p.jsonStat();
            return new ImportProfile(p.name(), p.kind(), p.description(), p.file(), null, null, null,
                    new ImportProfile.JsonStat(j.indicator(), sheet.get(), j.areaDimension(), j.areaScheme(),
                            j.timeDimension(), j.valueRole(), j.filter()));
        }
        if (pv != null && (pv.kind() == FileKind.CSV || pv.kind() == FileKind.XLSX)) {
            return new ImportProfile(p.name(), p.kind(), p.description(), fileOptions(), p.survey(), p.registry(), p.units(),
                    p.jsonStat());
        }
        return p;
    }

    // ---- step 3: validation ---------------------------------------------------------------------

    /** Validates every row in the background; the problems table and the import button follow. */
    void validate() {
        Path f = file.get();
        ImportProfile p = effectiveProfile();
        report.set(null);
        problems.clear();
        skipBadRows.set(false);
        startCancellable(m.get("wizard.validating"));
        tasks.run("import-validate", () -> imports.validate(f, p, new UiProgress(ui, progress::set), cancelled::get), r -> {
            done();
            report.set(r);
            problems.setAll(r.problems());
            if (r.fatal()) {
                error(m.format("wizard.check.fatal", r.problems().isEmpty() ? "" : r.problems().get(0).describe(m.language().locale())));
            } else if (r.ok()) {
                info(m.format("wizard.check.ok", r.rowsRead()));
            } else {
                error(m.format("wizard.check.problems", r.problemCount(), r.badRows(), r.rowsRead()));
            }
        }, e -> {
            done();
            if (e instanceof ImportCancelled) {
                info(m.get("wizard.check.cancelled"));
            } else {
                error(m.format("wizard.check.failed", text(e)));
            }
        });
    }

    // ---- step 4: import -------------------------------------------------------------------------

    /** Imports, first asking whether to replace an earlier import of the same file. */
    void startImport() {
        if (!canImport.get()) {
            return;
        }
        Path f = file.get();
        start(m.get("wizard.import.checking"));
        tasks.run("import-earlier", () -> imports.earlierImportsOf(f), earlier -> {
            done();
            if (earlier.isEmpty()) {
                runImport(false);
            } else if (confirmReplace.test(earlier.get(earlier.size() - 1))) {
                runImport(true);
            } else {
                info(m.get("wizard.import.notReplaced"));
            }
        }, e -> {
            done();
            error(m.format("wizard.import.failed", text(e)));
        });
    }

    private void runImport(boolean replace) {
        runImport(replace, false);
    }

    private void runImport(boolean replace, boolean replaceOverlap) {
        ImportRequest request = ImportRequest.of(file.get(), effectiveProfile())
                .skippingBadRows(skipBadRows.get())
                .replacing(replace)
                .replacingOverlap(replaceOverlap)
                .withProgress(new UiProgress(ui, progress::set), cancelled::get);
        step.set(Step.IMPORT);
        startCancellable(m.get("wizard.importing"));
        ImportProfile used = effectiveProfile();
        List<String> h = headers();
        tasks.run("import-file", () -> imports.importFile(request), s -> {
            done();
            changes.setAll(changesOf(s));
            if (profileNames.contains(used.name())) {
                memory.remember(ProfileMemory.headerKey(h), used.name());
            }
            summary.set(s);
            step.set(Step.SUMMARY);
            info(m.format("wizard.summary.done", s.batchId()));
            onImported.run();
        }, e -> {
            done();
            step.set(Step.CHECK);
            if (e instanceof ImportCancelled) {
                info(m.get("wizard.import.cancelled"));
            } else if (e instanceof ImportRefused r && r.reason() == ImportRefused.Reason.ALREADY_IMPORTED && !replace
                    && r.earlier().isPresent() && confirmReplace.test(r.earlier().get())) {
                runImport(true, replaceOverlap);
            } else if (e instanceof ImportRefused r && r.reason() == ImportRefused.Reason.OVERLAP && !replaceOverlap) {
                if (confirmReplaceOverlap.test(r.overlaps())) {
                    runImport(replace, true);
                } else {
                    info(m.get("wizard.overlap.notReplaced"));
                }
            } else {
                error(m.format("wizard.import.failed", text(e)));
            }
        });
    }

    /** One line per indicator the batch feeds (in the catalogue's order): code, name and the periods it holds. */
    private List<Change> changesOf(ImportSummary s) {
        List<Change> out = new java.util.ArrayList<>();
        java.util.Map<String, String> names = new java.util.HashMap<>();
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        indicatorChoices.forEach(c -> {
            names.put(c.code(), c.name());
            order.put(c.code(), order.size());
        });
        List<String> codes = s.indicators().stream().sorted(java.util.Comparator
                .comparing((String c) -> order.getOrDefault(c, Integer.MAX_VALUE)).thenComparing(c -> c)).toList();
        for (String code : codes) {
            List<no.framdrift.domain.Period> ps = s.periods().getOrDefault(code, List.of());
            String periods;
            if (ps.isEmpty()) {
                periods = "";
            } else if (ps.size() <= 4) {
                periods = String.join(", ", ps.stream().map(no.framdrift.domain.Period::code).toList());
            } else {
                periods = m.format("wizard.summary.periodRange", ps.get(0).code(), ps.get(ps.size() - 1).code(),
                        String.valueOf(ps.size()));
            }
            String name = names.get(code);
            out.add(new Change(code, name == null ? m.format("wizard.summary.change", code, periods)
                    : m.format("wizard.summary.changeNamed", code, name, periods)));
        }
        return out;
    }

    /** The first indicator the import changed, for "Vis". */
    java.util.Optional<String> firstChanged() {
        return changes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(changes.get(0).code());
    }

    /** Stops the validation or import in progress; nothing is written. */
    void cancel() {
        cancelled.set(true);
    }

    // ---- navigation -----------------------------------------------------------------------------

    void next() {
        if (!canNext.get()) {
            return;
        }
        switch (step.get()) {
            case FILE -> {
                step.set(Step.COLUMNS);
                info(m.get("wizard.columns.hint"));
                if (profile.get() == null || !profileHeaders.equals(headers())) {
                    proposeForFile();
                } else {
                    profileChanged(profile.get());
                }
            }
            case COLUMNS -> {
                step.set(Step.CHECK);
                validate();
            }
            case CHECK -> startImport();
            default -> { }
        }
    }

    void back() {
        if (busy.get()) {
            return;
        }
        switch (step.get()) {
            case COLUMNS -> {
                step.set(Step.FILE);
                FilePreview p = preview.get();
                if (p != null && p.problem() == null) {
                    info(m.format("wizard.preview.rows", p.rows().size(), m.of(p.format())));
                }
            }
            case CHECK -> {
                step.set(Step.COLUMNS);
                info(m.get("wizard.columns.hint"));
            }
            default -> { }
        }
    }

    // ---- state helpers --------------------------------------------------------------------------

    private void start(String what) {
        busy.set(true);
        progress.set(-1);
        info(what);
    }

    private void startCancellable(String what) {
        cancelled.set(false);
        busy.set(true);
        progress.set(0);
        info(what);
    }

    private void done() {
        busy.set(false);
        progress.set(0);
    }

    private void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    private void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    private String text(Throwable e) {
        if (e instanceof ImportProfiles.ProfileException p) {
            return m.of(p.why());
        }
        if (e instanceof ImportRefused r && !r.problems().isEmpty()) {
            // the refusal's own message is Norwegian (logs, command line); the problem in the window's language
            return r.problems().get(0).describe(m.language().locale());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String baseName(Path f) {
        if (f == null) {
            return "profil";
        }
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static ImportProfile named(ImportProfile p, String name) {
        return new ImportProfile(name, p.kind(), p.description(), p.file(), p.survey(), p.registry(), p.units(), p.jsonStat());
    }

    // ---- properties -----------------------------------------------------------------------------

    ObjectProperty<Step> stepProperty() { return step; }
    ObjectProperty<Path> fileProperty() { return file; }
    ObjectProperty<FilePreview> previewProperty() { return preview; }
    StringProperty charsetProperty() { return charset; }
    StringProperty delimiterProperty() { return delimiter; }
    StringProperty decimalProperty() { return decimal; }
    StringProperty sheetProperty() { return sheet; }
    ObservableList<String> sheets() { return sheets; }
    ObjectProperty<ImportProfile> profileProperty() { return profile; }
    ObservableList<String> profileNames() { return profileNames; }
    ObservableList<String> profileProblems() { return profileProblems; }
    ObservableList<MappingRow> mapping() { return mapping; }
    ObjectProperty<ImportKind> kindProperty() { return kind; }
    StringProperty indicatorProperty() { return indicator; }
    ObjectProperty<ImportProfile.AreaScheme> areaSchemeProperty() { return areaScheme; }
    StringProperty profileJsonProperty() { return profileJson; }
    StringProperty profileNoteProperty() { return profileNote; }
    ObservableList<IndicatorChoice> indicatorChoices() { return indicatorChoices; }
    ObjectProperty<MappingRow> questionProperty() { return question; }
    ObservableList<String> answerChoices() { return answerChoices; }
    ObservableList<Change> changes() { return changes; }
    ObjectProperty<ValidationReport> reportProperty() { return report; }
    ObservableList<ImportProblem> problems() { return problems; }
    BooleanProperty skipBadRowsProperty() { return skipBadRows; }
    ObjectProperty<ImportSummary> summaryProperty() { return summary; }
    BooleanProperty busyProperty() { return busy; }
    DoubleProperty progressProperty() { return progress; }
    StringProperty messageProperty() { return message; }
    BooleanProperty messageIsErrorProperty() { return messageIsError; }
    BooleanBinding canNextBinding() { return canNext; }
    BooleanBinding canImportBinding() { return canImport; }
}
