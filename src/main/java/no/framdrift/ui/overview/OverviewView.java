package no.framdrift.ui.overview;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import no.framdrift.app.overview.DueItem;
import no.framdrift.app.overview.Overview;
import no.framdrift.app.overview.OverviewSection;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.Status;

/**
 * The start page: goal areas as sections of indicator tiles that reflow with the window, a
 * "Forfaller nå" list on the right, and a filter bar. Only binds to {@link OverviewViewModel};
 * tile nodes are built once per loaded overview and reused when the filters change.
 */
public final class OverviewView extends BorderPane {

    /** A combo box entry: a filter value (null = all) and its label. */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final Color EXPORT_BACKGROUND = Color.web("#eef2f7");

    private final OverviewViewModel model;
    private final OverviewTexts texts;
    private final VBox content = new VBox();
    private final VBox sectionsBox = new VBox(18);
    private final Label asOf = new Label();
    private final Label emptyLabel;
    private final VBox dueRows = new VBox(6);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Label message = new Label();
    private final Map<String, OverviewTileView> tileNodes = new HashMap<>();
    private final List<OverviewTileView> shownTiles = new ArrayList<>();

    public OverviewView(OverviewViewModel model) {
        this(model, OverviewTexts.NORWEGIAN);
    }

    public OverviewView(OverviewViewModel model, Locale locale) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = new OverviewTexts(locale);
        getStyleClass().add("overview");
        getStylesheets().add(Objects.requireNonNull(OverviewView.class.getResource("overview.css")).toExternalForm());

        emptyLabel = new Label(texts.get("overview.empty"));
        emptyLabel.getStyleClass().add("overview-empty");

        setTop(filterBar());
        setCenter(centre());
        setRight(duePanel());

        model.overviewProperty().addListener((o, a, b) -> rebuildTiles(b));
        model.getVisibleSections().addListener((javafx.collections.ListChangeListener<OverviewSection>) c -> showSections());
        model.getDue().addListener((javafx.collections.ListChangeListener<DueItem>) c -> showDue());
        model.loadingProperty().addListener((o, a, b) -> showMessage());
        model.errorProperty().addListener((o, a, b) -> showMessage());
        rebuildTiles(model.getOverview());
        showDue();
        showMessage();
    }

    private javafx.scene.layout.VBox filterBar() {
        ComboBox<Choice<GoalArea>> goal = new ComboBox<>();
        goal.setId("goalFilter");
        goal.setTooltip(new javafx.scene.control.Tooltip(texts.get("filter.goal.tooltip")));
        Runnable fillGoals = () -> fill(goal, texts.get("filter.goal.all"), model.getGoals(), GoalArea::title,
                model.goalFilterProperty().get());
        model.getGoals().addListener((javafx.collections.ListChangeListener<GoalArea>) c -> fillGoals.run());
        fillGoals.run();
        goal.valueProperty().addListener((o, a, b) -> model.goalFilterProperty().set(b == null ? null : b.value()));
        // long goal names ("Mål 5: Samarbeid og virkemidler …") must not push the other filters out
        goal.setPrefWidth(230);
        goal.setMaxWidth(230);

        ComboBox<Choice<Status>> status = new ComboBox<>();
        status.setId("statusFilter");
        status.setTooltip(new javafx.scene.control.Tooltip(texts.get("filter.status.tooltip")));
        fill(status, texts.get("filter.status.all"), List.of(Status.values()), texts::status, null);
        status.valueProperty().addListener((o, a, b) -> model.statusFilterProperty().set(b == null ? null : b.value()));

        ComboBox<Choice<String>> source = new ComboBox<>();
        source.setId("sourceFilter");
        source.setTooltip(new javafx.scene.control.Tooltip(texts.get("filter.source.tooltip")));
        source.setPrefWidth(200);
        source.setMaxWidth(200);
        Runnable fillSources = () -> fill(source, texts.get("filter.source.all"), model.getSources(), s -> s,
                model.sourceFilterProperty().get());
        model.getSources().addListener((javafx.collections.ListChangeListener<String>) c -> fillSources.run());
        fillSources.run();
        source.valueProperty().addListener((o, a, b) -> model.sourceFilterProperty().set(b == null ? null : b.value()));

        CheckBox overdue = new CheckBox(texts.get("filter.onlyOverdue"));
        overdue.setId("onlyOverdue");
        overdue.selectedProperty().bindBidirectional(model.onlyOverdueProperty());
        overdue.setMinWidth(Region.USE_PREF_SIZE);

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText(texts.get("filter.search.prompt"));
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(160);

        Button refresh = new Button(texts.get("action.refresh"));
        refresh.setId("refreshButton");
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        Button export = new Button(texts.get("action.export"));
        export.setId("exportButton");
        export.setOnAction(e -> chooseAndExport());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);

        // the overview shares the window with the catalogue tree: two rows keep every filter readable
        goal.setMinWidth(130);
        source.setMinWidth(110);
        HBox filters = new HBox(8, goal, status, source, overdue);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, search, refresh, export);
        actions.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(8, filters, actions);
        bar.getStyleClass().add("overview-filters");
        bar.setPadding(new Insets(10, 14, 10, 14));
        return bar;
    }

    private static <T> void fill(ComboBox<Choice<T>> box, String all, List<T> values, Function<T, String> label,
            T selected) {
        List<Choice<T>> items = new ArrayList<>();
        items.add(new Choice<>(null, all));
        values.forEach(v -> items.add(new Choice<>(v, label.apply(v))));
        box.getItems().setAll(items);
        box.setValue(items.stream().filter(c -> Objects.equals(c.value(), selected)).findFirst().orElse(items.get(0)));
    }

    private ScrollPane centre() {
        Label title = new Label(texts.get("overview.title"));
        title.getStyleClass().add("overview-title");
        asOf.getStyleClass().add("overview-asof");
        HBox header = new HBox(12, title, asOf);
        header.setAlignment(Pos.BASELINE_LEFT);
        message.getStyleClass().add("overview-message");
        message.setManaged(false);
        message.setVisible(false);
        content.getChildren().addAll(header, message, sectionsBox);
        content.setSpacing(10);
        content.getStyleClass().add("overview-content");
        content.setPadding(new Insets(16, 18, 24, 18));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("overview-scroll");
        content.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        return scroll;
    }

    private VBox duePanel() {
        Label title = new Label(texts.get("due.title"));
        title.getStyleClass().add("due-title");
        ScrollPane rows = new ScrollPane(dueRows);
        rows.setFitToWidth(true);
        rows.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rows.getStyleClass().add("due-scroll");
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox panel = new VBox(8, title, rows);
        panel.setId("duePanel");
        panel.getStyleClass().add("due-panel");
        panel.setPrefWidth(290);
        panel.setMinWidth(240);
        panel.setPadding(new Insets(16, 14, 14, 14));
        return panel;
    }

    private void rebuildTiles(Overview overview) {
        tileNodes.clear();
        for (OverviewSection section : overview.sections()) {
            for (OverviewTile tile : section.tiles()) {
                OverviewTileView node = new OverviewTileView(tile, texts);
                node.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        node.requestFocus();
                        model.open(tile.code());
                    }
                });
                tileNodes.put(tile.code(), node);
            }
        }
        asOf.setText(overview == Overview.EMPTY ? "" : texts.asOf(overview.asOf()));
        showSections();
    }

    private void showSections() {
        List<Node> nodes = new ArrayList<>();
        shownTiles.clear();
        for (OverviewSection section : model.getVisibleSections()) {
            Label heading = new Label(section.goal().title());
            heading.getStyleClass().add("section-title");
            heading.setWrapText(true);
            FlowPane flow = new FlowPane(14, 14);
            flow.getStyleClass().add("section-tiles");
            flow.setId("section-" + section.goal().code());
            // wrap at the visible width so the tiles reflow as the window is resized
            flow.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(36));
            for (OverviewTile tile : section.tiles()) {
                OverviewTileView node = tileNodes.get(tile.code());
                if (node != null) {
                    flow.getChildren().add(node);
                    shownTiles.add(node);
                }
            }
            VBox box = new VBox(8, heading, flow);
            box.getStyleClass().add("overview-section");
            nodes.add(box);
        }
        if (nodes.isEmpty() && model.getOverview() != Overview.EMPTY) {
            nodes.add(emptyLabel);
        }
        sectionsBox.getChildren().setAll(nodes);
    }

    private void showDue() {
        List<Node> rows = new ArrayList<>();
        for (DueItem item : model.getDue()) {
            Label name = new Label(item.name());
            name.getStyleClass().add("due-name");
            name.setWrapText(true);
            // at most about two lines; the full name is in the tooltip
            name.setMaxHeight(38);
            name.setTooltip(new javafx.scene.control.Tooltip(item.name()));
            Label what = new Label(texts.dueWhat(item));
            what.getStyleClass().add("due-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            Label when = new Label(texts.dueWhen(item));
            when.getStyleClass().addAll("due-when", item.overdue() ? "due-overdue" : "due-now");
            when.setWrapText(true);
            when.setMinHeight(Region.USE_PREF_SIZE);
            VBox row = new VBox(2, name, what, when);
            row.setId("due-" + item.indicatorCode());
            row.getStyleClass().addAll("due-row", item.overdue() ? "due-row-overdue" : "due-row-now");
            row.setFocusTraversable(true);
            row.setOnMouseClicked(e -> model.open(item.indicatorCode()));
            row.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    model.open(item.indicatorCode());
                }
            });
            rows.add(row);
        }
        if (rows.isEmpty()) {
            Label none = new Label(texts.get("due.empty"));
            none.getStyleClass().add("due-empty");
            rows.add(none);
        }
        dueRows.getChildren().setAll(rows);
    }

    private void showMessage() {
        String text = model.errorProperty().get() != null ? texts.format("overview.error", model.errorProperty().get())
                : model.loadingProperty().get() && model.getOverview() == Overview.EMPTY ? texts.get("overview.loading")
                : null;
        message.setText(text == null ? "" : text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    /** Arrow keys move between tiles as they are laid out; Enter opens the focused tile. */
    private void onKey(KeyEvent e) {
        if (!(e.getTarget() instanceof OverviewTileView current)) {
            return;
        }
        OverviewTileView next = switch (e.getCode()) {
            case ENTER, SPACE -> {
                model.open(current.tile().code());
                e.consume();
                yield null;
            }
            case RIGHT -> step(current, 1);
            case LEFT -> step(current, -1);
            case DOWN -> vertical(current, true);
            case UP -> vertical(current, false);
            default -> null;
        };
        if (next != null) {
            e.consume();
            next.requestFocus();
            ensureVisible(next);
        }
    }

    private OverviewTileView step(OverviewTileView current, int delta) {
        int i = shownTiles.indexOf(current) + delta;
        return i >= 0 && i < shownTiles.size() ? shownTiles.get(i) : null;
    }

    /** The tile in the next row below (or above) whose centre is nearest horizontally. */
    private OverviewTileView vertical(OverviewTileView current, boolean down) {
        Bounds here = current.localToScene(current.getBoundsInLocal());
        return shownTiles.stream()
                .filter(t -> t != current)
                .filter(t -> {
                    Bounds b = t.localToScene(t.getBoundsInLocal());
                    return down ? b.getMinY() >= here.getMaxY() - 1 : b.getMaxY() <= here.getMinY() + 1;
                })
                .min(Comparator.<OverviewTileView>comparingDouble(t -> {
                    Bounds b = t.localToScene(t.getBoundsInLocal());
                    return Math.abs(down ? b.getMinY() - here.getMaxY() : here.getMinY() - b.getMaxY());
                }).thenComparingDouble(t -> {
                    Bounds b = t.localToScene(t.getBoundsInLocal());
                    return Math.abs(b.getCenterX() - here.getCenterX());
                }))
                .orElse(null);
    }

    private void ensureVisible(Node node) {
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / (contentHeight - viewport));
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / (contentHeight - viewport)));
        }
    }

    /** Writes the whole overview (all sections, not just what is scrolled into view) as one PNG. */
    public void exportPng(Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(EXPORT_BACKGROUND);
        WritableImage image = content.snapshot(params, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        if (!ImageIO.write(buffered, "png", tmp.toFile())) {
            throw new IOException("PNG writer missing");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("export.title"));
        chooser.setInitialFileName(texts.get("export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("export.fileType"), "*.png"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            exportPng(file.toPath());
        } catch (IOException | RuntimeException ex) {
            new Alert(Alert.AlertType.ERROR, texts.format("export.failed", ex.getMessage())).showAndWait();
        }
    }

    /** The tile nodes currently shown, in order (for keyboard navigation and tests). */
    List<OverviewTileView> shownTiles() {
        return List.copyOf(shownTiles);
    }
}
