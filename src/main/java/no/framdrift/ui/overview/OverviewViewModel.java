package no.framdrift.ui.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import no.framdrift.app.overview.DueItem;
import no.framdrift.app.overview.Overview;
import no.framdrift.app.overview.OverviewSection;
import no.framdrift.app.overview.OverviewService;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overview's state: the last loaded {@link Overview}, the filters and the tiles they leave.
 * Loading runs on the background executor and its result is applied on the FX executor, so the
 * JavaFX thread never computes an overview; filtering works on the loaded tiles only.
 */
public final class OverviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewViewModel.class);

    private final OverviewService service;
    private final Supplier<LocalDate> today;
    private final Executor background;
    private final Executor fx;
    private final Consumer<String> openIndicator;

    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview", Overview.EMPTY);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", null);
    private final ObservableList<OverviewSection> sections = FXCollections.observableArrayList();
    private final ObservableList<GoalArea> goals = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<DueItem> due = FXCollections.observableArrayList();
    private final ObservableList<OverviewSection> visibleSections = FXCollections.observableArrayList();
    private final ObservableList<OverviewTile> visibleTiles = FXCollections.observableArrayList();

    private final ObservableList<OverviewSection> sectionsReadOnly = FXCollections.unmodifiableObservableList(sections);
    private final ObservableList<GoalArea> goalsReadOnly = FXCollections.unmodifiableObservableList(goals);
    private final ObservableList<String> sourcesReadOnly = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<DueItem> dueReadOnly = FXCollections.unmodifiableObservableList(due);
    private final ObservableList<OverviewSection> visibleSectionsReadOnly = FXCollections.unmodifiableObservableList(visibleSections);
    private final ObservableList<OverviewTile> visibleTilesReadOnly = FXCollections.unmodifiableObservableList(visibleTiles);

    private final ObjectProperty<GoalArea> goalFilter = new SimpleObjectProperty<>(this, "goalFilter");
    private final ObjectProperty<Status> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<String> sourceFilter = new SimpleObjectProperty<>(this, "sourceFilter");
    private final BooleanProperty onlyOverdue = new SimpleBooleanProperty(this, "onlyOverdue", false);
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    /** Which load is the newest, so that a slow earlier load cannot overwrite a later one. */
    private long generation;

    /**
     * @param service       builds the overview (called on {@code background})
     * @param today         the date that decides what is due
     * @param background    runs the load (a daemon thread in the app; the caller's thread in tests)
     * @param fx            applies results ({@code Platform::runLater} in the app)
     * @param openIndicator called with an indicator code when a tile is opened
     */
    public OverviewViewModel(OverviewService service, Supplier<LocalDate> today, Executor background, Executor fx,
            Consumer<String> openIndicator) {
        this.service = Objects.requireNonNull(service, "service");
        this.today = Objects.requireNonNull(today, "today");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.openIndicator = Objects.requireNonNull(openIndicator, "openIndicator");
        goalFilter.addListener((o, a, b) -> applyFilters());
        statusFilter.addListener((o, a, b) -> applyFilters());
        sourceFilter.addListener((o, a, b) -> applyFilters());
        onlyOverdue.addListener((o, a, b) -> applyFilters());
        searchText.addListener((o, a, b) -> applyFilters());
    }

    /** The app's wiring: one named daemon thread for loading, results on the FX thread, today's date. */
    public static OverviewViewModel forApp(OverviewService service, Consumer<String> openIndicator) {
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "framdrift-overview");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught in {}", th.getName(), e));
            return t;
        });
        return new OverviewViewModel(service, LocalDate::now, loader, Platform::runLater, openIndicator);
    }

    /** Loads the overview again (off the FX thread); the view keeps showing the last one meanwhile. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        LocalDate day = today.get();
        background.execute(() -> {
            try {
                Overview loaded = service.load(day);
                fx.execute(() -> {
                    if (mine == generation) {
                        show(loaded);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Loading the overview failed", e);
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                fx.execute(() -> {
                    if (mine == generation) {
                        error.set(message);
                        loading.set(false);
                    }
                });
            }
        });
    }

    /** Opens an indicator (a tile's click or Enter, a due row). */
    public void open(String code) {
        if (code != null) {
            openIndicator.accept(code);
        }
    }

    /** Shows an already loaded overview (the FX thread). */
    void show(Overview loaded) {
        error.set(null);
        overview.set(loaded);
        sections.setAll(loaded.sections());
        goals.setAll(loaded.sections().stream().map(OverviewSection::goal).toList());
        Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        loaded.sections().forEach(sec -> sec.tiles().forEach(t -> t.selfAndParts().forEach(p -> s.addAll(p.sources()))));
        sources.setAll(s);
        due.setAll(loaded.due());
        applyFilters();
        loading.set(false);
    }

    private void applyFilters() {
        Set<String> overdue = overview.get().overdueCodes();
        String query = normalise(searchText.get());
        List<OverviewSection> shown = new ArrayList<>();
        List<OverviewTile> tiles = new ArrayList<>();
        for (OverviewSection section : sections) {
            if (goalFilter.get() != null && !goalFilter.get().code().equals(section.goal().code())) {
                continue;
            }
            List<OverviewTile> kept = section.tiles().stream()
                    .filter(t -> matches(t, statusFilter.get(), sourceFilter.get(), onlyOverdue.get(), overdue, query))
                    .toList();
            if (!kept.isEmpty()) {
                shown.add(new OverviewSection(section.goal(), kept));
                tiles.addAll(kept);
            }
        }
        visibleSections.setAll(shown);
        visibleTiles.setAll(tiles);
    }

    /** Whether a tile passes the filters; a composite passes when it or one of its parts does. */
    static boolean matches(OverviewTile tile, Status status, String source, boolean onlyOverdue, Set<String> overdue,
            String query) {
        return tile.selfAndParts().anyMatch(t -> (status == null || t.status() == status)
                && (source == null || t.sources().contains(source))
                && (!onlyOverdue || overdue.contains(t.code()))
                && (query.isEmpty() || searchable(t).contains(query)));
    }

    private static String searchable(OverviewTile t) {
        return normalise(t.name() + " " + t.code() + " " + String.join(" ", t.sources()));
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public Overview getOverview() {
        return overview.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<OverviewSection> getSections() {
        return sectionsReadOnly;
    }

    public ObservableList<GoalArea> getGoals() {
        return goalsReadOnly;
    }

    public ObservableList<String> getSources() {
        return sourcesReadOnly;
    }

    public ObservableList<DueItem> getDue() {
        return dueReadOnly;
    }

    public ObservableList<OverviewSection> getVisibleSections() {
        return visibleSectionsReadOnly;
    }

    public ObservableList<OverviewTile> getVisibleTiles() {
        return visibleTilesReadOnly;
    }

    public ObjectProperty<GoalArea> goalFilterProperty() {
        return goalFilter;
    }

    public ObjectProperty<Status> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<String> sourceFilterProperty() {
        return sourceFilter;
    }

    public BooleanProperty onlyOverdueProperty() {
        return onlyOverdue;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }
}
