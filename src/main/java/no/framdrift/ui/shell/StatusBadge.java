package no.framdrift.ui.shell;

import java.util.Locale;
import javafx.scene.control.Label;
import no.framdrift.domain.Status;

/** A status pill in the deck's colours (CSS classes badge-klar, badge-under-arbeid, badge-avvent). */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Label of(Status status, Messages m) {
        Label l = new Label();
        l.getStyleClass().add("badge");
        show(l, status, m);
        return l;
    }

    public static void show(Label l, Status status, Messages m) {
        l.getStyleClass().removeIf(c -> c.startsWith("badge-"));
        l.setVisible(status != null);
        l.setManaged(status != null);
        if (status != null) {
            l.setText(m.of(status));
            l.getStyleClass().add(styleClass(status));
        }
    }

    static String styleClass(Status status) {
        return "badge-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
