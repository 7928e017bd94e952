package no.framdrift.ui.overview;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.app.overview.TileChange;
import no.framdrift.stats.Change;

/**
 * One indicator's card: status badge, name, latest value and period, sparkline, change since the
 * previous period with its margin of error, progress against the ambition, and a composite's
 * parts as small rows. Built once per loaded overview; it only formats what the tile holds.
 */
public final class OverviewTileView extends VBox {

    static final double WIDTH = 236;

    private final OverviewTile tile;

    OverviewTileView(OverviewTile tile, OverviewTexts texts) {
        this.tile = tile;
        setId("tile-" + tile.code());
        getStyleClass().add("overview-tile");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(texts.accessible(tile));

        Label badge = new Label(texts.status(tile.status()));
        badge.getStyleClass().addAll("status-badge", "status-" + (tile.status() == null ? "none"
                : tile.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label code = new Label(tile.code());
        code.getStyleClass().add("tile-code");
        code.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, badge, grow, code);
        top.setAlignment(Pos.CENTER_LEFT);
        if (tile.sample()) {
            // example data are never taken for official figures
            Label sample = new Label(texts.get("tile.sample"));
            sample.getStyleClass().add("sample-mark");
            sample.setStyle("-fx-text-fill: #b01e1e; -fx-font-weight: bold;");
            sample.setMinWidth(Region.USE_PREF_SIZE);
            top.getChildren().add(1, sample);
        }

        Label name = new Label(tile.name());
        name.getStyleClass().add("tile-name");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);

        Label value = new Label(texts.value(tile));
        value.getStyleClass().add(tile.hasData() ? "tile-value" : "tile-value-none");
        if (tile.hasData() && tile.latestValue() == null) {
            value.setTooltip(new Tooltip(texts.get("value.suppressed.tooltip")));
        }
        Label period = new Label(texts.period(tile));
        period.getStyleClass().add("tile-period");
        HBox valueRow = new HBox(8, value, period);
        valueRow.setAlignment(Pos.BASELINE_LEFT);

        getChildren().addAll(top, name, valueRow);
        if (tile.sparkline().size() > 1) {
            getChildren().add(new Sparkline(tile.sparkline(), WIDTH - 32, 34));
        }
        tile.changeIfAny().ifPresent(c -> getChildren().add(changeBox(c, texts)));

        Label progress = new Label(!tile.hasData() && OverviewTexts.partsHaveData(tile) ? texts.get("progress.composite")
                : texts.format("progress.label", texts.progress(tile.progress())));
        progress.getStyleClass().addAll("tile-progress",
                "progress-" + tile.progress().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        getChildren().add(progress);

        if (!tile.parts().isEmpty()) {
            VBox parts = new VBox(2);
            parts.getStyleClass().add("tile-parts");
            Label heading = new Label(texts.get("tile.parts"));
            heading.getStyleClass().add("tile-parts-heading");
            parts.getChildren().add(heading);
            for (OverviewTile part : tile.parts()) {
                parts.getChildren().add(partRow(part, texts));
            }
            getChildren().add(parts);
        }
    }

    private VBox changeBox(TileChange change, OverviewTexts texts) {
        Label arrow = new Label(change.comparable() ? OverviewTexts.arrow(change.direction()) : "⋯");
        arrow.getStyleClass().addAll("tile-arrow", arrowClass(change));
        Label amount = new Label(texts.change(change, tile.decimals()));
        amount.getStyleClass().add("tile-change");
        amount.setWrapText(true);
        amount.setMinHeight(Region.USE_PREF_SIZE);
        HBox line = new HBox(6, arrow, amount);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(1, line);
        String margin = texts.margin(change);
        if (!margin.isEmpty()) {
            Label m = new Label(margin);
            m.getStyleClass().addAll("tile-margin", change.outsideMargin() ? "margin-outside" : "margin-inside");
            box.getChildren().add(m);
        }
        return box;
    }

    /** Green when the change is good news, red when bad, grey when none or not comparable. */
    private String arrowClass(TileChange change) {
        if (!change.comparable() || change.direction() == Change.Direction.UNCHANGED) {
            return "arrow-neutral";
        }
        boolean up = change.direction() == Change.Direction.UP;
        return up == tile.higherIsBetter() ? "arrow-good" : "arrow-bad";
    }

    private static HBox partRow(OverviewTile part, OverviewTexts texts) {
        Label name = new Label(part.name());
        name.getStyleClass().add("part-name");
        name.setMaxWidth(125);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label value = new Label(texts.value(part));
        value.getStyleClass().add(part.hasData() ? "part-value" : "part-value-none");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label period = new Label(texts.period(part));
        period.getStyleClass().add("part-period");
        period.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, name, grow, value, period);
        row.setId("part-" + part.code());
        row.getStyleClass().add("tile-part");
        row.setAlignment(Pos.CENTER_LEFT);
        Tooltip.install(row, new Tooltip(part.name()));
        return row;
    }

    OverviewTile tile() {
        return tile;
    }
}
