package no.framdrift.ui.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.StatusBadge;

/** The left side: search field and the catalogue tree, bound to {@link CatalogueTreeViewModel}. */
public final class CatalogueTreeView extends VBox {

    private final CatalogueTreeViewModel vm;
    private final Messages m;
    private final TextField search = new TextField();
    private final TreeView<CatalogueNode> tree = new TreeView<>();
    private final Label noMatch;

    public CatalogueTreeView(CatalogueTreeViewModel vm, Messages m) {
        this.vm = vm;
        this.m = m;
        getStyleClass().add("catalogue-pane");
        search.setId("search");
        search.setPromptText(m.get("search.prompt"));
        search.getStyleClass().add("search-field");
        search.textProperty().bindBidirectional(vm.filterProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                tree.requestFocus();
            }
        });
        tree.setId("catalogue-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new NodeCell());
        noMatch = new Label(m.get("tree.noMatch"));
        noMatch.getStyleClass().add("muted");
        noMatch.setPadding(new Insets(8));
        noMatch.setVisible(false);
        noMatch.setManaged(false);
        vm.rootsProperty().addListener((o, was, now) -> show(now));
        show(vm.roots());
        VBox.setVgrow(tree, Priority.ALWAYS);
        setSpacing(8);
        setPadding(new Insets(10, 8, 8, 10));
        getChildren().addAll(search, noMatch, tree);
    }

    public TextField searchField() {
        return search;
    }

    public TreeView<CatalogueNode> tree() {
        return tree;
    }

    public ReadOnlyObjectProperty<TreeItem<CatalogueNode>> selectedItem() {
        return tree.getSelectionModel().selectedItemProperty();
    }

    /** Selects the row of a code, if it is visible. */
    public void select(String code) {
        find(tree.getRoot(), code).ifPresent(item -> {
            tree.getSelectionModel().select(item);
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        });
    }

    Optional<String> selectedCode() {
        TreeItem<CatalogueNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? Optional.empty() : Optional.ofNullable(item.getValue().code());
    }

    private void show(List<CatalogueNode> roots) {
        Optional<String> keep = selectedCode();
        TreeItem<CatalogueNode> root = new TreeItem<>();
        for (CatalogueNode n : roots) {
            root.getChildren().add(item(n));
        }
        tree.setRoot(root);
        keep.ifPresent(this::select);
        boolean empty = roots.isEmpty();
        noMatch.setVisible(empty);
        noMatch.setManaged(empty);
    }

    private static TreeItem<CatalogueNode> item(CatalogueNode n) {
        TreeItem<CatalogueNode> item = new TreeItem<>(n);
        item.setExpanded(true);
        for (CatalogueNode c : n.children()) {
            item.getChildren().add(item(c));
        }
        return item;
    }

    private static Optional<TreeItem<CatalogueNode>> find(TreeItem<CatalogueNode> item, String code) {
        if (item.getValue() != null && Objects.equals(item.getValue().code(), code)
                && item.getValue().kind() != CatalogueNode.Kind.GOAL) {
            return Optional.of(item);
        }
        for (TreeItem<CatalogueNode> c : item.getChildren()) {
            Optional<TreeItem<CatalogueNode>> f = find(c, code);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** A row: the name, and for indicators the status badge on the right. */
    private final class NodeCell extends TreeCell<CatalogueNode> {
        /** Wide enough for the longest status in either language ("Under arbeid", "In progress"). */
        private static final double BADGE_WIDTH = 104;

        private final Label name = new Label();
        private final Label badge = StatusBadge.of(null, m);
        private final Region spacer = new Region();
        private final HBox box = new HBox(8, name, spacer, badge);
        /** One tooltip per cell, its text set as the cell shows another node (a Tooltip is a popup window: costly to make per update). */
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        NodeCell() {
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
            name.setMinWidth(0);
            name.setMaxWidth(Double.MAX_VALUE);
            // a long name wraps onto a second line rather than being cut with … (the tooltip has it too)
            name.setWrapText(true);
            HBox.setHgrow(name, Priority.SOMETIMES);
            // one width for every badge, so the name's room is known before the badge is styled and
            // the badges stand in one column
            badge.setMinWidth(BADGE_WIDTH);
            badge.setPrefWidth(BADGE_WIDTH);
            badge.setMaxWidth(BADGE_WIDTH);
            badge.setAlignment(Pos.CENTER);
            box.setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(CatalogueNode n, boolean empty) {
            super.updateItem(n, empty);
            getStyleClass().removeAll("tree-goal", "tree-indicator", "tree-future-section", "tree-future");
            setText(null);
            if (empty || n == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(n.label());
            StatusBadge.show(badge, n.status(), m);
            getStyleClass().add(switch (n.kind()) {
                case GOAL -> "tree-goal";
                case INDICATOR -> "tree-indicator";
                case FUTURE_SECTION -> "tree-future-section";
                case FUTURE -> "tree-future";
            });
            // the row is as wide as the tree minus its indent, so a long name wraps instead of pushing
            // the badge out of sight; the name's own width is what is left beside the badge, so the
            // row is measured as tall as the wrapped name
            int level = Math.max(0, tree.getTreeItemLevel(getTreeItem()) - 1);
            box.prefWidthProperty().bind(tree.widthProperty().subtract(52 + level * 18));
            name.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(40, tree.getWidth() - 52 - level * 18 - box.getSpacing() // the gap to the spacer
                            - (badge.isManaged() ? BADGE_WIDTH + box.getSpacing() : 0)),
                    tree.widthProperty(), badge.managedProperty()));
            setGraphic(box);
            tip.setText(n.code() == null ? n.label() : n.label() + " (" + n.code() + ")");
            setTooltip(tip);
            // the row's height is measured with the wrapped name in its own font (goals are bold)
            applyCss();
        }
    }
}
