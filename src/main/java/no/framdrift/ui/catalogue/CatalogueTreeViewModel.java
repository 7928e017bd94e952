package no.framdrift.ui.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.FutureIndicator;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.GoalKind;
import no.framdrift.domain.Indicator;
import no.framdrift.ui.shell.Messages;

/**
 * The left side of the window: goal areas → indicators → parts, then the proposed future
 * indicators, filtered by the search text (name, code or source). Parents of a match stay visible
 * so the steward sees where it belongs.
 */
public final class CatalogueTreeViewModel {

    private final Messages messages;
    private final ObjectProperty<Catalogue> catalogue = new SimpleObjectProperty<>();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<List<CatalogueNode>> roots = new ReadOnlyObjectWrapper<>(List.of());

    public CatalogueTreeViewModel(Messages messages) {
        this.messages = messages;
        catalogue.addListener((o, a, b) -> rebuild());
        filter.addListener((o, a, b) -> rebuild());
    }

    public ObjectProperty<Catalogue> catalogueProperty() {
        return catalogue;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The visible tree, rebuilt whenever the catalogue or the search text changes. */
    public ReadOnlyObjectProperty<List<CatalogueNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    public List<CatalogueNode> roots() {
        return roots.get();
    }

    private void rebuild() {
        Catalogue c = catalogue.get();
        roots.set(c == null ? List.of() : build(c, filter.get()));
    }

    List<CatalogueNode> build(Catalogue c, String search) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<CatalogueNode> result = new ArrayList<>();
        List<GoalArea> goals = new ArrayList<>(c.goals());
        // overarching goals first, then Mål 1–5, as in the deck's overview
        goals.sort((a, b) -> {
            int kind = Boolean.compare(a.kind() != GoalKind.OVERARCHING, b.kind() != GoalKind.OVERARCHING);
            if (kind != 0) {
                return kind;
            }
            return Integer.compare(a.goalNumber().orElse(0), b.goalNumber().orElse(0));
        });
        for (GoalArea g : goals) {
            List<CatalogueNode> children = new ArrayList<>();
            for (Indicator i : c.topLevelIn(g.code())) {
                indicatorNode(c, i, needle).ifPresent(children::add);
            }
            if (!children.isEmpty() || (needle.isEmpty())) {
                result.add(new CatalogueNode(CatalogueNode.Kind.GOAL, g.code(), g.title(), null, children));
            }
        }
        List<CatalogueNode> future = new ArrayList<>();
        for (FutureIndicator f : c.futureIndicators()) {
            if (needle.isEmpty() || contains(f.name(), needle) || contains(f.code(), needle)) {
                future.add(new CatalogueNode(CatalogueNode.Kind.FUTURE, f.code(), f.name(), null, List.of()));
            }
        }
        if (!future.isEmpty()) {
            result.add(new CatalogueNode(CatalogueNode.Kind.FUTURE_SECTION, null, messages.get("tree.future"), null,
                    future));
        }
        return List.copyOf(result);
    }

    private Optional<CatalogueNode> indicatorNode(Catalogue c, Indicator i, String needle) {
        boolean self = needle.isEmpty() || matches(i, needle);
        List<CatalogueNode> parts = new ArrayList<>();
        for (Indicator part : c.partsOf(i)) {
            // a matching composite shows all its parts; otherwise only the parts that match
            indicatorNode(c, part, self ? "" : needle).ifPresent(parts::add);
        }
        if (!self && parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CatalogueNode(CatalogueNode.Kind.INDICATOR, i.code(), i.name(), i.status(), parts));
    }

    private static boolean matches(Indicator i, String needle) {
        return contains(i.name(), needle) || contains(i.code(), needle)
                || i.sources().stream().anyMatch(s -> contains(s, needle));
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
