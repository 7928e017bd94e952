package no.framdrift.ui.shell;

import java.util.List;
import no.framdrift.ui.catalogue.DefinitionTab;
import no.framdrift.ui.catalogue.HistoryTab;
import no.framdrift.ui.catalogue.AssessmentsTab;
import no.framdrift.ui.values.ValuesTab;
import no.framdrift.ui.chart.DiagramTab;
import no.framdrift.ui.map.MapTab;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import no.framdrift.app.overview.CatalogueOverviewService;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.catalogue.CatalogueMerge;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.FutureIndicator;
import no.framdrift.domain.Indicator;
import no.framdrift.ui.catalogue.CatalogueNode;
import no.framdrift.ui.catalogue.CatalogueTreeView;
import no.framdrift.ui.catalogue.CatalogueTreeViewModel;
import no.framdrift.app.export.ExportService;
import no.framdrift.ui.imports.ImportBatchesModel;
import no.framdrift.ui.imports.ImportBatchesView;
import no.framdrift.ui.catalogue.ImportPreviewDialog;
import no.framdrift.ui.imports.ImportWizard;
import no.framdrift.ui.catalogue.IndicatorContext;
import no.framdrift.ui.catalogue.IndicatorEditorViewModel;
import no.framdrift.ui.catalogue.IndicatorPane;
import no.framdrift.ui.overview.OverviewView;
import no.framdrift.ui.overview.OverviewViewModel;

/**
 * The steward's window: menu bar, the catalogue on the left, the selected indicator's tabs on the
 * right, a status line. Wires the view models to the workspace; leaving unsaved changes asks first.
 */
public final class MainWindow extends BorderPane {

    private final Stage stage;
    private final Workspace workspace;
    private final CatalogueService service;
    private final Messages m;
    private final UiPreferences prefs;
    private final BackgroundTasks tasks;
    private final Consumer<Language> onLanguage;

    private final CatalogueTreeViewModel treeVm;
    private final IndicatorEditorViewModel editor;
    private final CatalogueTreeView treeView;
    private final IndicatorPane indicatorPane;
    private final SplitPane split;
    /** The right-hand side: the overview (start page) or the selected indicator. */
    private final StackPane right;
    private final OverviewView overview;
    private final OverviewViewModel overviewVm;
    private final Label status = new Label();
    /** Counts finished recomputes; tabs showing computed values reload when it changes. */
    private final javafx.beans.property.LongProperty recomputed = new javafx.beans.property.SimpleLongProperty(0);
    private boolean restoringSelection;

    MainWindow(Stage stage, Workspace workspace, Messages messages, UiPreferences prefs, BackgroundTasks tasks,
               Consumer<Language> onLanguage) {
        this.stage = stage;
        this.workspace = workspace;
        this.service = workspace.catalogue();
        this.m = messages;
        this.prefs = prefs;
        this.tasks = tasks;
        this.onLanguage = onLanguage;
        getStyleClass().add("main-window");

        treeVm = new CatalogueTreeViewModel(m);
        editor = new IndicatorEditorViewModel(service, m);
        treeView = new CatalogueTreeView(treeVm, m);
        IndicatorContext context = new IndicatorContext(workspace, m, tasks, editor, () -> stage,
                recomputed);
        indicatorPane = new IndicatorPane(context, List.of(
                DefinitionTab::new,
                ValuesTab::new,
                DiagramTab::new,
                MapTab::new,
                HistoryTab::new,
                AssessmentsTab::new), this::save, editor::revert);

        overviewVm = OverviewViewModel.forApp(
                new CatalogueOverviewService(service, code -> workspace.values().stored(code),
                        () -> workspace.values().sampleBatchIds()),
                code -> {
                    treeView.select(code);
                    showIndicator();
                });
        overview = new OverviewView(overviewVm, m.language().locale());
        overview.setId("overview");
        // the indicator pane joins the scene when it is first shown: until then the start page is
        // drawn without styling and laying out six tabs nobody sees yet (issue 16)
        right = new StackPane(overview);
        showOverview();
        recomputed.addListener((o, a, b) -> overviewVm.refresh());
        overviewVm.refresh();

        split = new SplitPane(treeView, right);
        split.setId("main-split");
        SplitPane.setResizableWithParent(treeView, false);
        split.setDividerPositions(prefs.divider());

        setTop(menuBar());
        setCenter(split);
        setBottom(statusBar());

        editor.setOnLeftNew(() -> {
            // "Angre endringer" on a new indicator: back to what the tree has selected, else the overview
            TreeItem<CatalogueNode> sel = treeView.tree().getSelectionModel().getSelectedItem();
            if (sel != null && sel.getValue() != null && sel.getValue().isIndicator()) {
                open(sel.getValue());
            } else {
                showOverview();
            }
        });
        editor.setOnSaved(saved -> {
            treeVm.catalogueProperty().set(editor.catalogueProperty().get());
            restoringSelection = true;
            treeView.select(saved.code());
            restoringSelection = false;
            status.setText(m.format("editor.saved", saved.name(), service.history(saved.code()).isEmpty() ? 0
                    : countLatest(saved.code())));
            recompute();
        });
        treeView.selectedItem().addListener((o, was, now) -> selectionChanged(was, now));
        // clicking the indicator that is already open brings it back from the overview
        treeView.tree().addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            TreeItem<CatalogueNode> sel = treeView.tree().getSelectionModel().getSelectedItem();
            if (sel != null && sel.getValue() != null && sel.getValue().isIndicator()) {
                showIndicator();
            }
        });
        treeVm.catalogueProperty().set(service.load());
        status.setText(whereText("status.ready", "status.ready.team"));
        acceptDroppedFiles();
        editor.setOnConflict(this::askConflict);
        // a team workspace: other people's changes arrive within seconds (LISTEN/NOTIFY)
        workspace.onChange(this::arrived);
    }

    // ---- the guided import ----------------------------------------------------------------------

    /** A data file dropped anywhere on the window opens the guided import. */
    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty() && files.get(0).isFile();
            if (ok) {
                Path dropped = files.get(0).toPath();
                Platform.runLater(() -> openImportWizard(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private void chooseDataFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("wizard.choose"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filechooser.data"), "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.json"),
                new FileChooser.ExtensionFilter(m.get("filechooser.all"), "*.*"));
        prefs.lastFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            openImportWizard(f.toPath());
        }
    }

    /** Opens the guided import on a file (the menu, drag and drop, and tests come here). */
    public ImportWizard openImportWizard(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            prefs.lastFolder(parent);
        }
        ImportWizard wizard = new ImportWizard(stage, workspace.imports(), tasks, m, prefs,
                no.framdrift.ui.imports.IndicatorChoice.of(treeVm.catalogueProperty().get()), summary -> {
            status.setText(m.format("wizard.status.imported", summary.fileName(), String.valueOf(summary.batchId())));
            recompute();
        });
        // "Vis" on the summary: the first indicator the import changed, in the catalogue and the indicator pane
        wizard.setOnShow(code -> {
            treeView.select(code);
            showIndicator();
        });
        wizard.show(file);
        return wizard;
    }

    /** The list of imported files, where a batch can be removed. */
    ImportBatchesView showBatches() {
        ImportBatchesModel model = new ImportBatchesModel(workspace.imports(), tasks, m, () -> {
            status.setText(m.get("batches.status.removed"));
            recompute();
        });
        ImportBatchesView view = new ImportBatchesView(stage, model, m);
        view.show();
        return view;
    }

    private int countLatest(String code) {
        var history = service.history(code);
        var latest = history.get(0).changedAt();
        return (int) history.stream().filter(c -> c.changedAt().equals(latest)).count();
    }

    /** Keyboard shortcuts that are not on a menu item; called once the scene exists. */
    void install(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            treeView.searchField().requestFocus();
            treeView.searchField().selectAll();
        });
    }

    // ---- selection ------------------------------------------------------------------------------

    private void selectionChanged(TreeItem<CatalogueNode> was, TreeItem<CatalogueNode> now) {
        if (restoringSelection || now == null || now.getValue() == null) {
            return;
        }
        CatalogueNode n = now.getValue();
        if (n.kind() == CatalogueNode.Kind.GOAL || n.kind() == CatalogueNode.Kind.FUTURE_SECTION) {
            return;
        }
        Indicator current = editor.originalProperty().get();
        if (n.isIndicator() && current != null && n.code().equals(current.code()) && !editor.codeEditableProperty().get()) {
            showIndicator();
            return;
        }
        if (!confirmLeave()) {
            Platform.runLater(() -> {
                restoringSelection = true;
                if (current != null) {
                    treeView.select(current.code());
                } else {
                    treeView.tree().getSelectionModel().clearSelection();
                }
                restoringSelection = false;
            });
            return;
        }
        open(n);
        showIndicator();
    }

    /** The start page: where every indicator stands, and what is due. */
    /** True while the start page's overview is being loaded (the start-up probe waits for it). */
    javafx.beans.property.ReadOnlyBooleanProperty overviewLoading() {
        return overviewVm.loadingProperty();
    }

    void showOverview() {
        overview.setVisible(true);
        indicatorPane.setVisible(false);
        overview.toFront();
    }

    private void showIndicator() {
        overview.setVisible(false);
        if (indicatorPane.getParent() == null) {
            right.getChildren().add(0, indicatorPane);
        }
        indicatorPane.setVisible(true);
        indicatorPane.toFront();
    }

    private void open(CatalogueNode n) {
        Catalogue c = treeVm.catalogueProperty().get();
        if (n.isIndicator()) {
            c.indicator(n.code()).ifPresent(i -> editor.load(c, i));
        } else if (n.kind() == CatalogueNode.Kind.FUTURE) {
            editor.clear();
            c.futureIndicators().stream().filter(f -> f.code().equals(n.code())).findFirst()
                    .ifPresent(f -> indicatorPane.showPlaceholder(futureText(f)));
        }
    }

    private String futureText(FutureIndicator f) {
        return f.name() + "\n\n" + f.description() + "\n\n" + m.get("editor.future");
    }

    /** Public for the window's close handler: true when it is fine to leave the current indicator. */
    boolean confirmLeave() {
        if (!editor.isDirty()) {
            return true;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(stage);
        alert.setTitle(m.get("unsaved.title"));
        alert.setHeaderText(m.format("unsaved.header", editor.displayName()));
        alert.setContentText(m.get(editor.validProperty().get() ? "unsaved.text" : "unsaved.invalid"));
        ButtonType save = new ButtonType(m.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(m.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(m.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, discard, cancel);
        alert.getDialogPane().lookupButton(save).setDisable(!editor.canSaveProperty().get());
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == save) {
            return editor.save();
        }
        if (answer == discard) {
            editor.revert();
            return true;
        }
        return false;
    }

    private void save() {
        String why = workspace.access().whyNoCatalogueEdit();
        if (why != null) {
            status.setText(why);
            return;
        }
        editor.save();
    }

    /** "Datamappe: …" or "Teamdatabase: user@server/db". */
    /** The text naming the data folder ({@code local}) or the team database ({@code team}). */
    private String whereText(String local, String team) {
        return workspace.localFolder().isPresent() ? m.format(local, workspace.folder())
                : m.format(team, workspace.describe());
    }

    /** Another person saved the indicator being edited: theirs, mine, or back to editing. */
    private IndicatorEditorViewModel.ConflictChoice askConflict(no.framdrift.app.catalogue.CatalogueService.Conflict c) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle(m.get("conflict.title"));
        alert.setHeaderText(m.format("conflict.header", c.savedBy() == null ? "?" : c.savedBy(),
                java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy HH:mm").format(
                        c.savedAt().atZone(java.time.ZoneId.systemDefault()))));
        StringBuilder fields = new StringBuilder();
        for (var f : c.fields()) {
            // the field as the form names it ("Hva måler indikatoren?"), not its stored key
            String label = m.has("field." + f.field()) ? m.get("field." + f.field()) : f.field();
            fields.append(m.format("conflict.field", label, f.theirs() == null ? "" : f.theirs(),
                    f.yours() == null ? "" : f.yours())).append('\n');
        }
        alert.setContentText(fields.toString().strip());
        ButtonType theirs = new ButtonType(m.get("conflict.keepTheirs"), ButtonBar.ButtonData.LEFT);
        ButtonType mine = new ButtonType(m.get("conflict.overwrite"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("conflict.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(theirs, mine, cancel);
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == theirs ? IndicatorEditorViewModel.ConflictChoice.KEEP_THEIRS
                : chosen == mine ? IndicatorEditorViewModel.ConflictChoice.OVERWRITE
                : IndicatorEditorViewModel.ConflictChoice.CANCEL;
    }

    /** Changes by others not yet shown; a burst (an import and its recompute) is shown once. */
    private final java.util.Queue<String> arrived = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean showScheduled = new java.util.concurrent.atomic.AtomicBoolean();

    /** On the listener's thread: note the change and have the JavaFX thread show what has arrived. */
    private void arrived(String what) {
        arrived.add(what);
        if (showScheduled.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(() -> {
                showScheduled.set(false);
                java.util.Set<String> batch = new java.util.LinkedHashSet<>();
                for (String w; (w = arrived.poll()) != null; ) {
                    batch.add(w);
                }
                if (!batch.isEmpty()) {
                    changedByOthers(batch);
                }
            });
        }
    }

    /**
     * Someone else's changes committed: reload the catalogue (unless this user is editing) when it
     * changed, and let the overview and the tabs reload their values.
     */
    private void changedByOthers(java.util.Set<String> what) {
        boolean catalogue = what.stream().anyMatch(w -> !w.startsWith("values "));
        if (catalogue && !editor.isDirty()) {
            java.util.Optional<String> selected = selectedCode();
            Catalogue fresh = service.load();
            treeVm.catalogueProperty().set(fresh);
            restoringSelection = true;
            selected.ifPresent(treeView::select);
            restoringSelection = false;
            // the open indicator shows what they saved (and its version, so my next save is not a conflict)
            if (!editor.codeEditableProperty().get()) {
                selected.flatMap(fresh::indicator).ifPresent(i -> editor.load(fresh, i));
            }
        }
        recomputed.set(recomputed.get() + 1);
        java.util.List<String> shown = what.stream().filter(w -> !w.startsWith("values ")).toList();
        status.setText(m.format("status.changedByOthers", String.join(", ", shown.isEmpty() ? what : shown)));
    }

    private java.util.function.Consumer<OtherWorkspace> onSwitchWorkspace = w -> { };

    /** Where "Koble til teamdatabase…" and "Bruk lokal datamappe…" hand the workspace to open. */
    void setOnSwitchWorkspace(java.util.function.Consumer<OtherWorkspace> open) {
        this.onSwitchWorkspace = open;
    }

    private void connectToTeamDatabase() {
        if (!confirmLeave()) {
            return;
        }
        ConnectDialog.ask(stage, m, prefs).ifPresent(login -> onSwitchWorkspace.accept(new OtherWorkspace.Team(login)));
    }

    private void useLocalFolder() {
        if (!confirmLeave()) {
            return;
        }
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(m.get("local.title"));
        java.nio.file.Path initial = no.framdrift.store.DataFolder.resolve(java.util.Optional.empty());
        if (java.nio.file.Files.isDirectory(initial)) {
            dc.setInitialDirectory(initial.toFile());
        }
        java.io.File dir = dc.showDialog(stage);
        if (dir != null) {
            onSwitchWorkspace.accept(new OtherWorkspace.Folder(dir.toPath()));
        }
    }

    /** Disables a menu item the user's team role does not allow, saying why in its text. */
    private void guard(MenuItem item, String why) {
        if (why != null) {
            item.setDisable(true);
            item.setText(m.format("access.disabled", item.getText(), why));
        }
    }

    /**
     * Recomputes every indicator's stored values in the background after a definition changed
     * (its kind, aggregation or parts may change the numbers), then lets the tabs reload.
     */
    private void recompute() {
        String saved = status.getText();
        status.setText(saved + "  ·  " + m.get("status.recomputing"));
        tasks.run("recompute", workspace::recomputeAll, counts -> {
            status.setText(saved + "  ·  " + m.get("status.recomputed"));
            recomputed.set(recomputed.get() + 1);
        }, e -> status.setText(saved + "  ·  " + m.format("status.recompute.failed",
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    // ---- menus ----------------------------------------------------------------------------------

    private MenuBar menuBar() {
        MenuItem newIndicator = item("menu.file.new", "menu-new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newIndicator.setOnAction(e -> newIndicator());
        MenuItem save = item("menu.file.save", "menu-save", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(editor.canSaveProperty().not());
        save.setOnAction(e -> save());
        MenuItem revert = item("menu.file.revert", "menu-revert", null);
        revert.disableProperty().bind(editor.dirtyProperty().not());
        revert.setOnAction(e -> editor.revert());
        MenuItem export = item("menu.file.export", "menu-export",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        export.setOnAction(e -> exportCatalogue());
        MenuItem importItem = item("menu.file.import", "menu-import",
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        importItem.setOnAction(e -> importCatalogue());
        MenuItem importData = item("menu.file.importData", "menu-import-data",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        importData.setOnAction(e -> chooseDataFile());
        MenuItem batches = item("menu.file.batches", "menu-batches", null);
        batches.setOnAction(e -> showBatches());
        MenuItem exit = item("menu.file.exit", "menu-exit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> {
            if (confirmLeave()) {
                stage.close();
            }
        });
        MenuItem report = item("menu.file.report", "menu-report", null);
        report.setOnAction(e -> exportReport());
        MenuItem publish = item("menu.file.publish", "menu-publish", null);
        publish.setOnAction(e -> publishSite());
        MenuItem connect = item("menu.file.connect", "menu-connect", null);
        connect.setOnAction(e -> connectToTeamDatabase());
        MenuItem local = item("menu.file.local", "menu-local", null);
        local.setOnAction(e -> useLocalFolder());
        String noEdit = workspace.access().whyNoCatalogueEdit();
        guard(newIndicator, noEdit);
        guard(importItem, noEdit);
        if (noEdit != null) {
            save.disableProperty().unbind();
            guard(save, noEdit);
        }
        guard(importData, workspace.access().whyNoImport());
        Menu file = new Menu(m.get("menu.file"), null, newIndicator, save, revert, new SeparatorMenuItem(), export,
                importItem, report, publish, new SeparatorMenuItem(), importData, batches, new SeparatorMenuItem(), connect,
                local, new SeparatorMenuItem(), exit);

        Menu language = new Menu(m.get("menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem r = new RadioMenuItem(m.get("language." + l.name()));
            r.setId("menu-language-" + l.name());
            r.setToggleGroup(group);
            r.setSelected(l == m.language());
            r.setOnAction(e -> {
                if (l == m.language()) {
                    return;
                }
                if (confirmLeave()) {
                    onLanguage.accept(l);
                } else {
                    group.getToggles().stream().filter(t -> ((RadioMenuItem) t).getId().endsWith(m.language().name()))
                            .findFirst().ifPresent(t -> t.setSelected(true));
                }
            });
            language.getItems().add(r);
        }
        MenuItem overviewItem = item("menu.view.overview", "menu-overview",
                new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        overviewItem.setOnAction(e -> showOverview());
        Menu view = new Menu(m.get("menu.view"), null, overviewItem, new SeparatorMenuItem(), language);

        MenuItem about = item("menu.help.about", "menu-about", null);
        about.setOnAction(e -> about());
        MenuItem guide = item("menu.help.guide", "menu-guide", new KeyCodeCombination(KeyCode.F1));
        guide.setOnAction(e -> HelpWindow.show(stage, m, false));
        MenuItem shortcuts = item("menu.help.shortcuts", "menu-shortcuts", null);
        shortcuts.setOnAction(e -> HelpWindow.show(stage, m, true));
        Menu help = new Menu(m.get("menu.help"), null, guide, shortcuts, new javafx.scene.control.SeparatorMenuItem(),
                about);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuItem item(String key, String id, KeyCombination accelerator) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        return item;
    }

    private HBox statusBar() {
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, status, spacer);
        if (tasks instanceof FxBackgroundTasks fx) {
            ProgressIndicator busy = new ProgressIndicator();
            busy.setPrefSize(16, 16);
            busy.visibleProperty().bind(fx.running().greaterThan(0));
            Label working = new Label(m.get("status.working"));
            working.visibleProperty().bind(busy.visibleProperty());
            bar.getChildren().addAll(working, busy);
        }
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    // ---- commands -------------------------------------------------------------------------------

    private void newIndicator() {
        if (!confirmLeave()) {
            return;
        }
        Catalogue c = treeVm.catalogueProperty().get();
        String goal = treeView.tree().getSelectionModel().getSelectedItem() == null ? null
                : goalOf(treeView.tree().getSelectionModel().getSelectedItem());
        if (goal == null && !c.goals().isEmpty()) {
            goal = c.goals().get(0).code();
        }
        editor.startNew(c, goal);
    }

    private String goalOf(TreeItem<CatalogueNode> item) {
        TreeItem<CatalogueNode> i = item;
        while (i != null && i.getValue() != null) {
            if (i.getValue().kind() == CatalogueNode.Kind.GOAL) {
                return i.getValue().code();
            }
            i = i.getParent();
        }
        return null;
    }

    private FileChooser chooser(String titleKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("filechooser.json"), "*.json"));
        prefs.lastFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        return fc;
    }

    private void exportCatalogue() {
        FileChooser fc = chooser("export.title");
        fc.setInitialFileName("framdrift-katalog.json");
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        Path target = f.toPath();
        prefs.lastFolder(target.toAbsolutePath().getParent());
        tasks.run("export-catalogue", () -> {
            service.exportJson(target);
            return target;
        }, p -> status.setText(m.format("export.done", p)), e -> error("export.failed", e));
    }

    /**
     * Fil → Publiser nettsted…: which folder (and, for example data, a yes to the banner); the site
     * is built in the background with "n av N" in the status line.
     */
    private void publishSite() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(m.get("publish.folder"));
        prefs.lastFolder().ifPresent(p -> dc.setInitialDirectory(p.toFile()));
        File dir = dc.showDialog(stage);
        if (dir == null) {
            return;
        }
        Path target = dir.toPath();
        prefs.lastFolder(target.toAbsolutePath().getParent() == null ? target : target.toAbsolutePath().getParent());
        no.framdrift.app.export.SiteService site = no.framdrift.app.export.SiteService.of(workspace);
        String before = status.getText();
        tasks.run("publish-site-check", () -> new int[] {site.sampleData() ? 1 : 0, site.siteWork()}, check -> {
            boolean sample = check[0] == 1;
            if (sample) {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, m.get("publish.sample"), ButtonType.OK, ButtonType.CANCEL);
                ask.initOwner(stage);
                ask.setTitle(m.get("publish.title"));
                ask.setHeaderText(m.get("publish.title"));
                if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                    return;
                }
            }
            int total = check[1];
            status.setText(m.format("publish.working", 0, total));
            tasks.run("publish-site", () -> site.exportSite(target, sample,
                            n -> Platform.runLater(() -> status.setText(m.format("publish.working", n, total)))),
                    p -> status.setText(m.format("publish.done", p.resolve(no.framdrift.report.site.SiteWriter.INDEX))),
                    e -> {
                        status.setText(before);
                        error("publish.failed", e);
                    });
        }, e -> error("publish.failed", e));
    }

    /** Fil → Eksporter rapport…: which assessment period, then where; built in the background. */
    private void exportReport() {
        no.framdrift.app.export.ExportService exports = no.framdrift.app.export.ExportService.of(workspace);
        java.util.List<String> choices = new java.util.ArrayList<>();
        choices.add(m.get("report.period.newest"));
        java.util.List<no.framdrift.domain.Period> periods = exports.assessmentPeriods();
        periods.forEach(p -> choices.add(m.period(p)));
        ChoiceDialog<String> which = new ChoiceDialog<>(choices.get(0), choices);
        which.initOwner(stage);
        which.setTitle(m.get("report.title"));
        which.setHeaderText(m.get("report.period"));
        // JavaFX names its default buttons in the JVM's language ("Cancel"); the window's language instead
        ButtonType whichOk = new ButtonType(m.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        which.getDialogPane().getButtonTypes().setAll(whichOk,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        which.setResultConverter(b -> b == whichOk ? which.getSelectedItem() : null);
        Optional<String> chosen = which.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        int index = choices.indexOf(chosen.get());
        Optional<no.framdrift.domain.Period> period = index <= 0 ? Optional.empty() : Optional.of(periods.get(index - 1));
        FileChooser fc = new FileChooser();
        fc.setTitle(m.get("report.title"));
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(m.get("filechooser.pptx"), "*.pptx"),
                new FileChooser.ExtensionFilter(m.get("filechooser.pdf"), "*.pdf"));
        prefs.lastFolder().ifPresent(p -> fc.setInitialDirectory(p.toFile()));
        fc.setInitialFileName("framdrift-rapport.pptx");
        File f = fc.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        Path chosenFile = f.toPath();
        String lower = chosenFile.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Path target = lower.endsWith(".pptx") || lower.endsWith(".pdf") ? chosenFile
                : chosenFile.resolveSibling(chosenFile.getFileName() + ".pptx");
        prefs.lastFolder(target.toAbsolutePath().getParent());
        String before = status.getText();
        status.setText(m.get("report.working"));
        // a bar with the slide being drawn, and Avbryt: nothing is written when the export is stopped
        ProgressDialog progress = new ProgressDialog(stage, m.get("report.title"), m.get("common.cancel"));
        progress.show();
        tasks.run("export-report", () -> exports.exportDeckStepwise(target, period, progress::step),
                p -> {
                    progress.close();
                    status.setText(m.format("report.done", p));
                },
                e -> {
                    progress.close();
                    if (e instanceof java.util.concurrent.CancellationException) {
                        status.setText(m.get("report.cancelled"));
                    } else {
                        status.setText(before);
                        error("report.failed", e);
                    }
                });
    }

    private void importCatalogue() {
        if (!confirmLeave()) {
            return;
        }
        File f = chooser("import.title").showOpenDialog(stage);
        if (f == null) {
            return;
        }
        Path source = f.toPath();
        prefs.lastFolder(source.toAbsolutePath().getParent());
        tasks.run("preview-catalogue-import", () -> service.previewImport(source), merge -> {
            if (!ImportPreviewDialog.confirm(stage, merge, m)) {
                return;
            }
            tasks.run("apply-catalogue-import", () -> {
                service.applyImport(merge);
                return service.load();
            }, fresh -> imported(fresh, merge), e -> error("import.failed", e));
        }, e -> error("import.failed", e));
    }

    private void imported(Catalogue fresh, CatalogueMerge merge) {
        treeVm.catalogueProperty().set(fresh);
        Indicator current = editor.originalProperty().get();
        if (current != null) {
            fresh.indicator(current.code()).ifPresent(i -> editor.load(fresh, i));
        }
        status.setText(m.format("import.done", ImportPreviewDialog.summary(merge, m)));
        recompute();
    }

    /** Why something failed, in the window's language when the failure carries a message key. */
    private String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof no.framdrift.ingest.CatalogueJson.CatalogueFormatException c) {
                return m.of(c.why());
            }
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    private void error(String key, Exception e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(m.get("error.title"));
        alert.setHeaderText(m.format(key, reason(e)));
        alert.showAndWait();
    }

    private void about() {
        // the packaged launcher passes -Dframdrift.version; java -jar has it in the manifest
        String version = Optional.ofNullable(System.getProperty("framdrift.version"))
                .or(() -> Optional.ofNullable(FramdriftApp.class.getPackage().getImplementationVersion()))
                .orElse(m.get("about.version.dev"));
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle(m.get("about.title"));
        alert.setHeaderText(m.format("about.header", version));
        alert.setContentText(whereText("about.text", "about.text.team"));
        alert.showAndWait();
    }

    // ---- for the window and tests ---------------------------------------------------------------

    IndicatorEditorViewModel editor() {
        return editor;
    }

    CatalogueTreeView treeView() {
        return treeView;
    }

    double dividerPosition() {
        return split.getDividerPositions()[0];
    }

    Optional<String> selectedCode() {
        Indicator i = editor.originalProperty().get();
        return i == null ? Optional.empty() : Optional.of(i.code());
    }

    public void select(String code) {
        treeView.select(code);
    }
}
