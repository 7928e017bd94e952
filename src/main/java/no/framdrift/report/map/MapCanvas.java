package no.framdrift.report.map;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.jfree.fx.FXGraphics2D;

/**
 * The map on screen: the same {@link MapRenderer} drawing as the exports, through FXGraphics2D on
 * a canvas that follows the node's size, and the area under the mouse for tooltips and clicks.
 */
public final class MapCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final java.util.function.Supplier<MapRenderer> makeRenderer;
    private MapRenderer renderer;
    private MapSpec spec;
    private MapRenderer.Layout layout;

    /** A canvas with the standard map of Norway, read when the first map is drawn (not when the window is built). */
    public MapCanvas() {
        this(MapRenderer::new);
    }

    public MapCanvas(MapRenderer renderer) {
        this(() -> renderer);
    }

    private MapCanvas(java.util.function.Supplier<MapRenderer> makeRenderer) {
        this.makeRenderer = makeRenderer;
        getChildren().add(canvas);
        setMinSize(320, 200);
        setPrefSize(1100, 620);
    }

    /** Shows this map (null clears it). Call on the JavaFX thread. */
    public void setSpec(MapSpec spec) {
        this.spec = spec;
        redraw();
    }

    public MapSpec spec() {
        return spec;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.clearRect(0, 0, w, h);
        layout = null;
        if (spec == null || w < 50 || h < 50) {
            return;
        }
        if (renderer == null) {
            renderer = makeRenderer.get();
        }
        FXGraphics2D g2 = new FXGraphics2D(gc);
        renderer.draw(g2, spec, new Rectangle2D.Double(0, 0, w, h));
        layout = renderer.layout(spec, w, h);
    }

    /** A point inside an area as drawn now (in this node's coordinates); empty when it is not drawn. */
    public Optional<javafx.geometry.Point2D> pointOf(String code) {
        if (layout == null) {
            return Optional.empty();
        }
        java.awt.Shape shape = layout.overlays().containsKey(code) ? layout.overlays().get(code) : layout.areas().get(code);
        if (shape == null) {
            return Optional.empty();
        }
        java.awt.geom.Point2D p = MapRenderer.labelPoint(shape, java.util.List.of());
        return Optional.of(new javafx.geometry.Point2D(p.getX(), p.getY()));
    }

    /** The area under a point of this node (overlays such as Bergensområdet first). */
    public Optional<MapArea> areaAt(double x, double y) {
        if (layout == null || spec == null) {
            return Optional.empty();
        }
        return layout.codeAt(x, y).flatMap(spec::area);
    }
}
