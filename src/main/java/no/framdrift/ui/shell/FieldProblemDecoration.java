package no.framdrift.ui.shell;

import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Shows a field's validation problem at the field: a red border on the control (style class
 * {@code invalid}) and the message in a label right under it. Written by hand rather than with
 * ControlsFX ValidationSupport because the problems come from the domain rules through the view
 * model, keyed by field, and a plain label is readable without hovering and easy to test.
 */
public final class FieldProblemDecoration {

    private FieldProblemDecoration() {
    }

    /** Wraps the control with its problem label ({@code #error-<field>}). */
    public static VBox decorate(Node control, String field, StringBinding problem) {
        Label message = new Label();
        message.setId("error-" + field);
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(problem);
        message.visibleProperty().bind(problem.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        problem.addListener((o, was, now) -> mark(control, !now.isEmpty()));
        mark(control, !problem.get().isEmpty());
        VBox box = new VBox(3, control, message);
        box.setFillWidth(true);
        return box;
    }

    public static void mark(Node control, boolean invalid) {
        if (invalid) {
            if (!control.getStyleClass().contains("invalid")) {
                control.getStyleClass().add("invalid");
            }
        } else {
            control.getStyleClass().remove("invalid");
        }
    }
}
