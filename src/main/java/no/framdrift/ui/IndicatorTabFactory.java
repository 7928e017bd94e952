package no.framdrift.ui;

import javafx.scene.control.Tab;

/**
 * Makes one tab of the indicator pane. The tabs are listed in {@link IndicatorPane#TABS}; a new
 * tab ("Verdier", "Diagram") is one more constructor reference there.
 */
@FunctionalInterface
public interface IndicatorTabFactory {

    Tab create(IndicatorContext context);
}
