package no.framdrift.ui.catalogue;

import javafx.scene.control.Tab;

/**
 * Makes one tab of the indicator pane. The window lists the tabs when it builds the
 * {@link IndicatorPane}; a new tab ("Verdier", "Diagram", "Kart") is one more constructor reference there.
 */
@FunctionalInterface
public interface IndicatorTabFactory {

    Tab create(IndicatorContext context);
}
