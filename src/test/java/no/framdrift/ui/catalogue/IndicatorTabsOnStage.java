package no.framdrift.ui.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;

/**
 * Test set-up shared by the UI tests of single indicator tabs: some tabs of the indicator pane on
 * TestFX's primary stage, one context shared by them (as the window shares it), with one indicator
 * of the workspace loaded. The first tab is an empty stand-in for Definisjon, so the tabs under test
 * are first built unselected, as in the window.
 */
public final class IndicatorTabsOnStage {

    private IndicatorTabsOnStage() {
    }

    /**
     * Shows the tabs and loads the indicator; returns the tab pane (the stand-in first).
     *
     * @param tabs the tabs under test, built from the shared context
     */
    public static TabPane show(Stage stage, Workspace ws, Language language, String indicatorCode,
                               Function<IndicatorContext, List<Tab>> tabs) {
        // TestFX shares one primary stage between test classes: drop a window's handlers left by another test
        stage.setOnHiding(null);
        stage.setOnCloseRequest(null);
        Messages m = Messages.of(language);
        IndicatorEditorViewModel editor = new IndicatorEditorViewModel(ws.catalogue(), m);
        IndicatorContext context = new IndicatorContext(ws, m, BackgroundTasks.sameThread(), editor, () -> stage);
        List<Tab> all = new ArrayList<>();
        all.add(new Tab(language == Language.ENGLISH ? "Definition" : "Definisjon"));
        all.addAll(tabs.apply(context));
        TabPane pane = new TabPane(all.toArray(Tab[]::new));
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
        Catalogue c = ws.catalogue().load();
        editor.load(c, c.indicator(indicatorCode).orElseThrow());
        return pane;
    }
}
