package no.framdrift.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.imports.ImportService;
import no.framdrift.app.imports.ImportSummary;
import no.framdrift.app.imports.ValidationReport;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.ingest.FileKind;
import no.framdrift.ingest.FilePreview;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ui.shell.FramdriftWindow;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.UiPreferences;

/**
 * The guided import's window: a step header, one page per step and the buttons. It only binds to
 * {@link ImportWizardModel}; dialogs (choose a file, save as, replace?) are asked here.
 */
public final class ImportWizard {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final Stage stage = new Stage();
    private final ImportWizardModel vm;
    private final Messages m;
    private final UiPreferences prefs;
    private final StackPane pages = new StackPane();

    /** Called with an indicator's code when "Vis" is pressed after an import. */
    private Consumer<String> onShow = code -> { };

    /**
     * @param indicators the catalogue's indicators: the only ones the import can be pointed at
     */
    public ImportWizard(Stage owner, ImportService imports, BackgroundTasks tasks, Messages m, UiPreferences prefs,
                        List<IndicatorChoice> indicators, Consumer<ImportSummary> onImported) {
        this.m = m;
        this.prefs = prefs;
        this.vm = new ImportWizardModel(imports, tasks, Platform::runLater, m, indicators, new ProfileMemory() {
            @Override
            public java.util.Optional<String> lastProfile(String headerKey) {
                return prefs.importProfileFor(headerKey);
            }

            @Override
            public void remember(String headerKey, String profile) {
                prefs.importProfileFor(headerKey, profile);
            }
        });
        vm.setConfirmReplace(this::confirmReplace);
        vm.setConfirmReplaceOverlap(this::confirmReplaceOverlap);
        vm.setOnImported(() -> onImported.accept(vm.summaryProperty().get()));
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(m.get("wizard.title"));
        BorderPane root = new BorderPane();
        root.getStyleClass().add("wizard");
        root.setTop(header());
        pages.getChildren().addAll(filePage(), columnsPage(), checkPage(), importPage(), summaryPage());
        pages.setPadding(new Insets(12));
        root.setCenter(pages);
        root.setBottom(footer());
        vm.stepProperty().addListener((o, was, now) -> showStep(now));
        showStep(vm.stepProperty().get());
        Scene scene = new Scene(root, 1000, 760);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(FramdriftWindow.STYLESHEET)).toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> vm.cancel());
    }

    /** Shows the window and reads the file. */
    public void show(Path file) {
        stage.show();
        vm.open(file);
    }

    /** What "Vis" does with the first indicator the import changed (the main window selects it). */
    public void setOnShow(Consumer<String> onShow) {
        this.onShow = Objects.requireNonNull(onShow);
    }

    ImportWizardModel model() {
        return vm;
    }

    Stage stage() {
        return stage;
    }

    // ---- frame ----------------------------------------------------------------------------------

    private Node header() {
        HBox steps = new HBox(6);
        steps.setId("wizard-steps");
        steps.getStyleClass().add("wizard-header");
        steps.setAlignment(Pos.CENTER_LEFT);
        ImportWizardModel.Step[] all = ImportWizardModel.Step.values();
        for (int i = 0; i < all.length; i++) {
            ImportWizardModel.Step s = all[i];
            Label l = new Label((i + 1) + " " + m.get("wizard.step." + s.name()));
            l.setId("wizard-step-" + s.name());
            l.getStyleClass().add("wizard-step");
            Runnable style = () -> {
                l.getStyleClass().removeAll("wizard-step-current", "wizard-step-done");
                int current = vm.stepProperty().get().ordinal();
                if (s.ordinal() == current) {
                    l.getStyleClass().add("wizard-step-current");
                } else if (s.ordinal() < current) {
                    l.getStyleClass().add("wizard-step-done");
                }
            };
            vm.stepProperty().addListener((o, was, now) -> style.run());
            style.run();
            if (i > 0) {
                Label dot = new Label("·");
                dot.getStyleClass().add("muted");
                steps.getChildren().add(dot);
            }
            steps.getChildren().add(l);
        }
        return steps;
    }

    private Node footer() {
        Label message = new Label();
        message.setId("wizard-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, was, now) -> styleMessage(message, now));
        styleMessage(message, vm.messageIsErrorProperty().get());
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        // the import page has its own, wide bar
        bar.visibleProperty().bind(vm.busyProperty().and(vm.stepProperty().isNotEqualTo(ImportWizardModel.Step.IMPORT)));

        Button cancel = new Button(m.get("wizard.cancelWork"));
        cancel.setId("wizard-cancel");
        cancel.visibleProperty().bind(vm.busyProperty().and(vm.stepProperty().isEqualTo(ImportWizardModel.Step.CHECK)
                .or(vm.stepProperty().isEqualTo(ImportWizardModel.Step.IMPORT))));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button back = new Button(m.get("wizard.back"));
        back.setId("wizard-back");
        back.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isEqualTo(ImportWizardModel.Step.FILE))
                .or(late()));
        back.setOnAction(e -> vm.back());
        Button next = new Button();
        next.setId("wizard-next");
        next.getStyleClass().add("accent");
        next.textProperty().bind(Bindings.when(vm.stepProperty().isEqualTo(ImportWizardModel.Step.CHECK))
                .then(m.get("wizard.import")).otherwise(m.get("wizard.next")));
        next.disableProperty().bind(vm.canNextBinding().not());
        next.visibleProperty().bind(late().not());
        next.managedProperty().bind(next.visibleProperty());
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.next());
        Button close = new Button();
        close.setId("wizard-close");
        close.textProperty().bind(Bindings.when(vm.stepProperty().isEqualTo(ImportWizardModel.Step.SUMMARY))
                .then(m.get("wizard.done")).otherwise(m.get("wizard.close")));
        close.disableProperty().bind(vm.busyProperty().and(vm.stepProperty().isEqualTo(ImportWizardModel.Step.IMPORT)));
        close.setOnAction(e -> {
            vm.cancel();
            stage.close();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // Avbryt sits with the other buttons on the right, not beside the progress bar
        HBox buttons = new HBox(8, bar, spacer, cancel, back, next, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, message, buttons);
        box.getStyleClass().add("wizard-footer");
        box.setPadding(new Insets(8, 12, 12, 12));
        return box;
    }

    /** True from the import step on (no way back, nothing more to choose). */
    private javafx.beans.binding.BooleanBinding late() {
        return Bindings.createBooleanBinding(() -> vm.stepProperty().get().ordinal() >= ImportWizardModel.Step.IMPORT.ordinal(),
                vm.stepProperty());
    }

    private static void styleMessage(Label message, boolean error) {
        message.getStyleClass().removeAll("field-error", "muted");
        message.getStyleClass().add(error ? "field-error" : "muted");
    }

    private void showStep(ImportWizardModel.Step step) {
        for (int i = 0; i < pages.getChildren().size(); i++) {
            pages.getChildren().get(i).setVisible(i == step.ordinal());
        }
    }

    // ---- 1 file ---------------------------------------------------------------------------------

    private Node filePage() {
        Label name = new Label();
        name.setId("wizard-file");
        name.getStyleClass().add("form-section");
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null ? ""
                : vm.fileProperty().get().getFileName().toString(), vm.fileProperty()));
        Label format = new Label();
        format.setId("wizard-format");
        format.getStyleClass().add("muted");
        format.textProperty().bind(Bindings.createStringBinding(() -> {
            FilePreview p = vm.previewProperty().get();
            return p == null || p.problem() != null ? "" : m.format("wizard.detected", m.of(p.format()));
        }, vm.previewProperty()));

        ComboBox<String> charset = combo("wizard-charset", ImportWizardModel.CHARSETS, null);
        charset.valueProperty().bindBidirectional(vm.charsetProperty());
        ComboBox<String> delimiter = combo("wizard-delimiter", ImportWizardModel.DELIMITERS, new StringConverter<>() {
            @Override
            public String toString(String d) {
                return d == null ? "" : m.get("wizard.delimiter." + switch (d) {
                    case ";" -> "semicolon";
                    case "," -> "comma";
                    case "tab" -> "tab";
                    case "|" -> "bar";
                    default -> "other";
                });
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        ComboBox<String> decimal = combo("wizard-decimal", ImportWizardModel.DECIMALS, new StringConverter<>() {
            @Override
            public String toString(String d) {
                return d == null ? "" : m.get(",".equals(d) ? "wizard.decimal.comma" : "wizard.decimal.point");
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        decimal.valueProperty().bindBidirectional(vm.decimalProperty());
        ComboBox<String> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("wizard-sheet");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        Label sheetLabel = new Label();
        sheetLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            FilePreview p = vm.previewProperty().get();
            return m.get(p != null && p.kind() == FileKind.JSON_STAT ? "wizard.dataset" : "wizard.sheet");
        }, vm.previewProperty()));
        options.addRow(0, formLabel("wizard.charset"), charset, formLabel("wizard.delimiter"), delimiter,
                formLabel("wizard.decimal"), decimal, sheetLabel, sheet);
        var isCsv = Bindings.createBooleanBinding(() -> vm.previewProperty().get() != null
                && vm.previewProperty().get().kind() == FileKind.CSV, vm.previewProperty());
        for (Node n : List.of(charset, delimiter, decimal, options.getChildren().get(0), options.getChildren().get(2),
                options.getChildren().get(4))) {
            n.visibleProperty().bind(isCsv);
            n.managedProperty().bind(isCsv);
        }
        var hasSheets = Bindings.isNotEmpty(vm.sheets());
        sheet.visibleProperty().bind(hasSheets);
        sheet.managedProperty().bind(hasSheets);
        sheetLabel.visibleProperty().bind(hasSheets);
        sheetLabel.managedProperty().bind(hasSheets);
        for (ComboBox<?> c : List.of(charset, delimiter, decimal, sheet)) {
            c.disableProperty().bind(vm.busyProperty());
        }

        TableView<List<String>> table = new TableView<>();
        table.setId("wizard-preview");
        table.setPlaceholder(new Label(m.get("wizard.preview.empty")));
        VBox.setVgrow(table, Priority.ALWAYS);
        vm.previewProperty().addListener((o, was, now) -> fillPreview(table, now));

        Label problem = new Label();
        problem.setId("wizard-file-problem");
        problem.getStyleClass().add("wizard-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            FilePreview p = vm.previewProperty().get();
            return p == null || p.problem() == null ? "" : m.format("wizard.preview.problem", p.problem().describe(m.language().locale()));
        }, vm.previewProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        return page(name, format, options, problem, table);
    }

    private void fillPreview(TableView<List<String>> table, FilePreview p) {
        table.getColumns().clear();
        if (p == null) {
            table.getItems().clear();
            return;
        }
        for (int i = 0; i < p.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(p.headers().get(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(index < r.getValue().size() ? r.getValue().get(index) : ""));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.getItems().setAll(p.rows());
    }

    // ---- 2 columns ------------------------------------------------------------------------------

    private Node columnsPage() {
        String fromFile = m.get("wizard.profile.fromFile");
        ComboBox<String> profile = new ComboBox<>();
        profile.setId("wizard-profile");
        profile.setPromptText(m.get("wizard.profile.prompt"));
        Runnable fill = () -> {
            List<String> items = new java.util.ArrayList<>(vm.profileNames());
            items.add(fromFile);
            profile.getItems().setAll(items);
        };
        vm.profileNames().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        // show the profile in use (a saved one chosen, or saved under a new name) without choosing it again
        boolean[] showing = {false};
        vm.profileProperty().addListener((o, was, now) -> {
            if (now != null && vm.profileNames().contains(now.name()) && !now.name().equals(profile.getValue())) {
                showing[0] = true;
                profile.setValue(now.name());
                showing[0] = false;
            }
        });
        profile.setOnAction(e -> {
            String chosen = profile.getValue();
            if (chosen == null || showing[0]) {
                return;
            }
            if (chosen.equals(fromFile)) {
                FileChooser fc = new FileChooser();
                fc.setTitle(m.get("wizard.profile.fromFile"));
                fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filechooser.json"), "*.json"));
                prefs.lastFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
                File f = fc.showOpenDialog(stage);
                if (f != null) {
                    vm.chooseFile(f.toPath());
                }
                Platform.runLater(() -> profile.getSelectionModel().clearSelection());
            } else {
                vm.chooseSaved(chosen);
            }
        });
        Button propose = new Button(m.get("wizard.profile.propose"));
        propose.setId("wizard-propose");
        propose.setOnAction(e -> vm.propose());
        Button saveAs = new Button(m.get("wizard.profile.saveAs"));
        saveAs.setId("wizard-save-profile");
        saveAs.disableProperty().bind(vm.profileProperty().isNull().or(Bindings.isNotEmpty(vm.profileProblems())));
        saveAs.setOnAction(e -> saveProfileAs());
        HBox chooser = new HBox(8, formLabel("wizard.profile"), profile, propose, saveAs);
        chooser.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("wizard-profile-note");
        note.getStyleClass().add("wizard-note");
        note.textProperty().bind(vm.profileNoteProperty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());

        ComboBox<ImportKind> kind = new ComboBox<>(FXCollections.observableArrayList(ImportKind.values()));
        kind.setId("wizard-kind");
        kind.setConverter(enumConverter());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        // chosen from the catalogue, searchable by code or name; a code it does not have cannot be typed
        SearchableComboBox<IndicatorChoice> indicator = new SearchableComboBox<>(vm.indicatorChoices());
        indicator.setId("wizard-indicator");
        indicator.setPromptText(m.get("wizard.indicator.prompt"));
        indicator.setPrefWidth(420);
        // the list's own search field says "Search..." (ControlsFX has no Norwegian): the window's language instead
        indicator.skinProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (indicator.lookup("#search") instanceof TextInputControl search) {
                search.setPromptText(m.get("wizard.indicator.prompt"));
            }
        }));
        Runnable showIndicator = () -> {
            String code = vm.indicatorProperty().get();
            IndicatorChoice c = vm.indicatorChoices().stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
            if (!Objects.equals(indicator.getValue(), c)) {
                indicator.setValue(c);
            }
        };
        vm.indicatorProperty().addListener((o, was, now) -> showIndicator.run());
        indicator.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.code().equals(vm.indicatorProperty().get())) {
                vm.chooseIndicator(null, now.code());
            }
        });
        showIndicator.run();
        var notSurvey = vm.kindProperty().isNotEqualTo(ImportKind.SURVEY);
        ComboBox<ImportProfile.AreaScheme> scheme = new ComboBox<>(FXCollections.observableArrayList(ImportProfile.AreaScheme.values()));
        scheme.setId("wizard-area-scheme");
        scheme.setConverter(enumConverter());
        scheme.valueProperty().bindBidirectional(vm.areaSchemeProperty());
        var registry = vm.kindProperty().isEqualTo(ImportKind.REGISTRY);
        Label indicatorLabel = formLabel("wizard.indicator");
        Label schemeLabel = formLabel("wizard.areaScheme");
        indicator.visibleProperty().bind(notSurvey);
        indicatorLabel.visibleProperty().bind(notSurvey);
        scheme.visibleProperty().bind(registry);
        schemeLabel.visibleProperty().bind(registry);
        for (Node n : List.of(indicator, indicatorLabel, scheme, schemeLabel)) {
            n.managedProperty().bind(n.visibleProperty());
        }
        Label kindLabel = formLabel("wizard.kind");
        for (Label l : List.of(kindLabel, indicatorLabel, schemeLabel)) {
            l.setMinWidth(Region.USE_PREF_SIZE); // never "…"
        }
        kind.setMinWidth(Region.USE_PREF_SIZE);
        scheme.setMinWidth(Region.USE_PREF_SIZE);
        indicator.setMinWidth(220);
        HBox.setHgrow(indicator, Priority.ALWAYS);
        indicator.setMaxWidth(Double.MAX_VALUE);
        HBox profileFields = new HBox(8, kindLabel, kind, indicatorLabel, indicator, schemeLabel, scheme);
        profileFields.setAlignment(Pos.CENTER_LEFT);

        TableView<MappingRow> table = new TableView<>(vm.mapping());
        table.setId("wizard-mapping");
        table.setEditable(true);
        table.setPlaceholder(new Label(m.get("wizard.mapping.empty")));
        TableColumn<MappingRow, String> column = new TableColumn<>(m.get("wizard.mapping.column"));
        column.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().column()));
        column.setPrefWidth(170);
        TableColumn<MappingRow, ColumnRole> role = new TableColumn<>(m.get("wizard.mapping.role"));
        role.setCellValueFactory(r -> r.getValue().roleProperty());
        role.setCellFactory(c -> {
            ComboBoxTableCell<MappingRow, ColumnRole> cell = new ComboBoxTableCell<>(this.<ColumnRole>enumConverter());
            cell.getItems().setAll(ColumnRole.forKind(vm.kindProperty().get()));
            vm.kindProperty().addListener((o, was, now) -> cell.getItems().setAll(ColumnRole.forKind(now)));
            return cell;
        });
        role.setPrefWidth(190);
        // a question's indicator: a list of the catalogue's codes, not a text field
        TableColumn<MappingRow, String> qIndicator = new TableColumn<>(m.get("wizard.mapping.indicator"));
        qIndicator.setCellValueFactory(r -> r.getValue().indicatorProperty());
        StringConverter<String> codeName = new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : vm.indicatorChoices().stream().filter(c -> c.code().equals(code))
                        .map(IndicatorChoice::toString).findFirst().orElse(code);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        ObservableList<String> codes = FXCollections.observableArrayList(vm.indicatorChoices().stream()
                .map(IndicatorChoice::code).toList());
        qIndicator.setCellFactory(ComboBoxTableCell.forTableColumn(codeName, codes));
        qIndicator.setOnEditCommit(e -> vm.chooseIndicator(e.getRowValue(), e.getNewValue()));
        qIndicator.setPrefWidth(300);
        TableColumn<MappingRow, String> positive = new TableColumn<>(m.get("wizard.mapping.positive"));
        positive.setCellValueFactory(r -> Bindings.createStringBinding(() -> String.join(", ", r.getValue().positive()),
                r.getValue().positive()));
        positive.setPrefWidth(240);
        var survey = vm.kindProperty().isEqualTo(ImportKind.SURVEY);
        for (TableColumn<MappingRow, String> c : List.of(qIndicator, positive)) {
            c.visibleProperty().bind(survey);
        }
        table.getColumns().addAll(List.of(column, role, qIndicator, positive));
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinHeight(160);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.roleProperty().get() == ColumnRole.QUESTION) {
                vm.questionProperty().set(now);
            }
        });
        // the question whose answers are shown below is the row marked in the table
        vm.questionProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(Math.max(0, vm.mapping().indexOf(now) - 2));
            }
        });
        Node answersPane = answersPane(survey);

        Label problems = new Label();
        problems.setId("wizard-profile-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE); // every problem in full, never "…"
        problems.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.profileProblems()),
                vm.profileProblems()));
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());

        TextArea jsonText = new TextArea();
        jsonText.setId("wizard-json");
        jsonText.getStyleClass().add("wizard-json");
        jsonText.setPrefRowCount(10);
        jsonText.setMinHeight(160); // when opened, the mapping table above gives way, not the profile text
        jsonText.textProperty().bindBidirectional(vm.profileJsonProperty());
        Button applyJson = new Button(m.get("wizard.advanced.apply"));
        applyJson.setId("wizard-json-apply");
        applyJson.setOnAction(e -> vm.applyJson());
        TitledPane advanced = new TitledPane(m.get("wizard.advanced"), new VBox(6, new Label(m.get("wizard.advanced.help")),
                jsonText, applyJson));
        advanced.setId("wizard-advanced");
        advanced.setExpanded(false);
        return page(chooser, note, profileFields, table, answersPane, problems, advanced);
    }

    /**
     * The chosen question's answers, chosen from the values found in its column: three checklists
     * (valid answers, positive, left out of the denominator) over the same labels.
     */
    private Node answersPane(javafx.beans.binding.BooleanBinding survey) {
        Label title = new Label();
        title.setId("wizard-answers-title");
        title.getStyleClass().add("form-label");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.questionProperty().get() == null ? ""
                : m.format("wizard.answers.title", vm.questionProperty().get().column()), vm.questionProperty()));
        List<CheckListView<String>> lists = new java.util.ArrayList<>();
        boolean[] updating = {false};
        Runnable refresh = () -> {
            updating[0] = true;
            try {
                MappingRow row = vm.questionProperty().get();
                ImportWizardModel.AnswerList[] kinds = ImportWizardModel.AnswerList.values();
                for (int i = 0; i < lists.size(); i++) {
                    CheckListView<String> l = lists.get(i);
                    l.getCheckModel().clearChecks();
                    if (row != null) {
                        List<String> chosen = switch (kinds[i]) {
                            case ANSWERS -> row.answers();
                            case POSITIVE -> row.positive();
                            case EXCLUDED -> row.excluded();
                        };
                        chosen.stream().filter(l.getItems()::contains).forEach(l.getCheckModel()::check);
                    }
                }
            } finally {
                updating[0] = false;
            }
        };
        HBox boxes = new HBox(12);
        for (ImportWizardModel.AnswerList kind : ImportWizardModel.AnswerList.values()) {
            CheckListView<String> l = new CheckListView<>(vm.answerChoices());
            l.setId("wizard-answers-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            l.setPrefHeight(156);
            l.setMinHeight(156); // a five-point scale and "Vet ikke" without scrolling: the table gives way
            l.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> {
                if (updating[0]) {
                    return;
                }
                MappingRow row = vm.questionProperty().get();
                while (c.next()) {
                    c.getAddedSubList().forEach(a -> vm.checkAnswer(row, kind, a, true));
                    c.getRemoved().forEach(a -> vm.checkAnswer(row, kind, a, false));
                }
                Platform.runLater(refresh);
            });
            lists.add(l);
            Label heading = formLabel("wizard.answers." + kind.name().toLowerCase(java.util.Locale.ROOT));
            heading.setWrapText(true);
            VBox box = new VBox(4, heading, l);
            HBox.setHgrow(box, Priority.ALWAYS);
            boxes.getChildren().add(box);
        }
        vm.answerChoices().addListener((javafx.collections.ListChangeListener<String>) c -> refresh.run());
        vm.questionProperty().addListener((o, was, now) -> refresh.run());
        VBox pane = new VBox(6, title, boxes);
        pane.setId("wizard-answers");
        pane.visibleProperty().bind(survey.and(vm.questionProperty().isNotNull()));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private void saveProfileAs() {
        TextInputDialog d = new TextInputDialog(vm.profileProperty().get().name());
        d.initOwner(stage);
        d.setTitle(m.get("wizard.profile.saveAs"));
        d.setHeaderText(m.get("wizard.profile.saveAs.header"));
        // the dialog's own buttons follow the JVM's language ("Cancel"); the window's language instead
        ButtonType ok = new ButtonType(m.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(m.get("common.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == ok ? d.getEditor().getText() : null);
        d.showAndWait().ifPresent(vm::saveProfileAs);
    }

    // ---- 3 check --------------------------------------------------------------------------------

    private Node checkPage() {
        Label result = new Label();
        result.setId("wizard-check-result");
        result.getStyleClass().add("form-section");
        result.textProperty().bind(Bindings.createStringBinding(() -> {
            ValidationReport r = vm.reportProperty().get();
            if (r == null) {
                return m.get("wizard.check.pending");
            }
            return m.format("wizard.check.summary", r.rowsRead(), r.problemCount(), r.badRows());
        }, vm.reportProperty()));
        TableView<ImportProblem> table = new TableView<>(vm.problems());
        table.setId("wizard-problems");
        table.setPlaceholder(new Label(m.get("wizard.check.none")));
        TableColumn<ImportProblem, Long> row = new TableColumn<>(m.get("wizard.problem.row"));
        row.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().row()));
        row.setPrefWidth(70);
        TableColumn<ImportProblem, String> column = new TableColumn<>(m.get("wizard.problem.column"));
        column.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().column()));
        column.setPrefWidth(150);
        // the value is shown to the analyst on screen only; it is never logged
        TableColumn<ImportProblem, String> value = new TableColumn<>(m.get("wizard.problem.value"));
        value.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().value()));
        value.setPrefWidth(150);
        TableColumn<ImportProblem, String> reason = new TableColumn<>(m.get("wizard.problem.reason"));
        reason.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().reason(m.language().locale())));
        // a reason wider than its column is shown whole in a tooltip
        reason.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                if (empty || item == null || item.isBlank()) {
                    setTooltip(null);
                } else {
                    javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(item);
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                    setTooltip(tip);
                }
            }
        });
        reason.setPrefWidth(520);
        table.getColumns().addAll(List.of(row, column, value, reason));
        VBox.setVgrow(table, Priority.ALWAYS);
        CheckBox skip = new CheckBox();
        skip.setId("wizard-skip");
        skip.textProperty().bind(Bindings.createStringBinding(() -> {
            ValidationReport r = vm.reportProperty().get();
            return m.format("wizard.check.skip", r == null ? 0 : r.badRows());
        }, vm.reportProperty()));
        skip.selectedProperty().bindBidirectional(vm.skipBadRowsProperty());
        skip.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            ValidationReport r = vm.reportProperty().get();
            return r != null && !r.ok() && r.importableBySkipping();
        }, vm.reportProperty()));
        skip.disableProperty().bind(vm.busyProperty());
        return page(result, table, skip);
    }

    // ---- 4 import and 5 summary -----------------------------------------------------------------

    private Node importPage() {
        Label what = new Label();
        what.textProperty().bind(javafx.beans.binding.Bindings.when(vm.progressProperty().lessThan(0))
                .then(m.get("wizard.storing")).otherwise(m.get("wizard.importing")));
        what.getStyleClass().add("form-section");
        ProgressBar bar = new ProgressBar();
        bar.setId("wizard-import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label note = new Label(m.get("wizard.import.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        return page(what, bar, note);
    }

    private Node summaryPage() {
        Label title = new Label(m.get("wizard.summary.title"));
        title.getStyleClass().add("form-section");
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.getStyleClass().add("wizard-summary");
        String[][] rows = {{"summary-read", "wizard.summary.read"}, {"summary-imported", "wizard.summary.imported"},
                {"summary-skipped", "wizard.summary.skipped"}, {"summary-batch", "wizard.summary.batch"}};
        for (int i = 0; i < rows.length; i++) {
            Label value = new Label();
            value.setId(rows[i][0]);
            value.getStyleClass().add("wizard-summary-value");
            int index = i;
            value.textProperty().bind(Bindings.createStringBinding(() -> {
                ImportSummary s = vm.summaryProperty().get();
                if (s == null) {
                    return "";
                }
                return switch (index) {
                    case 0 -> no.framdrift.domain.NorwegianFormat.number(s.rowsRead(), 0, m.language().locale());
                    case 1 -> no.framdrift.domain.NorwegianFormat.number(s.rowsImported(), 0, m.language().locale());
                    case 2 -> no.framdrift.domain.NorwegianFormat.number(s.rowsSkipped(), 0, m.language().locale());
                    default -> s.replacedBatches().isEmpty() ? String.valueOf(s.batchId())
                            : m.format("wizard.summary.replaced", String.valueOf(s.batchId()),
                            String.join(", ", s.replacedBatches().stream().map(String::valueOf).toList()));
                };
            }, vm.summaryProperty()));
            grid.addRow(i, formLabel(rows[i][1]), value);
        }
        Label changedTitle = formLabel("wizard.summary.changed");
        VBox changed = new VBox(4);
        changed.setId("summary-changes");
        vm.changes().addListener((javafx.collections.ListChangeListener<ImportWizardModel.Change>) c ->
                changed.getChildren().setAll(vm.changes().stream().map(ch -> {
                    Label l = new Label(ch.text());
                    l.setWrapText(true);
                    return (Node) l;
                }).toList()));
        Button show = new Button();
        show.setId("wizard-show");
        show.setMnemonicParsing(false); // "EPJ_KVALITET": the underscore is part of the code
        show.getStyleClass().add("accent");
        show.textProperty().bind(Bindings.createStringBinding(() -> vm.firstChanged()
                .map(code -> m.format("wizard.summary.show", code)).orElse(""), vm.changes()));
        show.visibleProperty().bind(Bindings.isNotEmpty(vm.changes()));
        show.setOnAction(e -> vm.firstChanged().ifPresent(code -> {
            stage.close();
            onShow.accept(code);
        }));
        changedTitle.visibleProperty().bind(show.visibleProperty());
        Label recompute = new Label(m.get("wizard.summary.recompute"));
        recompute.getStyleClass().add("muted");
        recompute.setWrapText(true);
        return page(title, grid, changedTitle, changed, show, recompute);
    }

    // ---- dialogs and helpers --------------------------------------------------------------------

    private boolean confirmReplace(ImportBatch earlier) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle(m.get("wizard.replace.title"));
        alert.setHeaderText(m.format("wizard.replace.question", String.valueOf(earlier.id()), WHEN.format(earlier.importedAt())));
        alert.setContentText(m.format("wizard.replace.text", earlier.fileName()));
        ButtonType replace = new ButtonType(m.get("wizard.replace.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(replace, cancel);
        return alert.showAndWait().orElse(cancel) == replace;
    }

    /** The overlap rule's question, with the list of stored cells the file meets. */
    private boolean confirmReplaceOverlap(java.util.List<no.framdrift.domain.Overlap> overlaps) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle(m.get("wizard.overlap.title"));
        alert.setHeaderText(m.format("wizard.overlap.question", String.valueOf(overlaps.size())));
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(
                        overlaps.stream().map(no.framdrift.domain.Overlap::describe).toList()));
        list.setPrefSize(620, Math.min(320, 26 * overlaps.size() + 8));
        Label text = new Label(m.get("wizard.overlap.text"));
        text.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, text, list));
        ButtonType replace = new ButtonType(m.get("wizard.overlap.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(replace, cancel);
        return alert.showAndWait().orElse(cancel) == replace;
    }

    private static VBox page(Node... children) {
        VBox box = new VBox(10, children);
        box.getStyleClass().add("wizard-page");
        box.setPadding(new Insets(12));
        return box;
    }

    private Label formLabel(String key) {
        Label l = new Label(m.get(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private static ComboBox<String> combo(String id, List<String> items, StringConverter<String> converter) {
        ComboBox<String> c = new ComboBox<>(FXCollections.observableArrayList(items));
        c.setId(id);
        if (converter != null) {
            c.setConverter(converter);
        }
        return c;
    }

    private <E extends Enum<E>> StringConverter<E> enumConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : m.of(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }
}
