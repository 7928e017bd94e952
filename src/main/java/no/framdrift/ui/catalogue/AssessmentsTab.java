package no.framdrift.ui.catalogue;

import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.framdrift.domain.Assessment;
import no.framdrift.app.values.AssessmentDrafts;
import no.framdrift.ui.shell.Messages;
import no.framdrift.app.Workspace;

/** The "Vurderinger" tab: one text per period, newest first; add, edit, delete (after asking). */
public final class AssessmentsTab implements IndicatorTabFactory {

    @Override
    public Tab create(IndicatorContext context) {
        Messages m = context.messages();
        AssessmentsViewModel vm = new AssessmentsViewModel(context.workspace().catalogue(), m);

        ListView<Assessment> list = new ListView<>(vm.assessments());
        list.setId("assessment-list");
        list.setPlaceholder(new Label(m.get("assessment.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Assessment a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : vm.heading(a));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        });
        Button add = new Button(m.get("assessment.new"));
        add.setId("assessment-new");
        add.setOnAction(e -> vm.startNew(LocalDate.now()));
        add.disableProperty().bind(context.indicator().isNull());
        VBox left = new VBox(8, add, list);
        left.setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);

        Label periodLabel = new Label(m.get("assessment.period"));
        periodLabel.getStyleClass().add("form-label");
        TextField period = new TextField();
        period.setId("assessment-period");
        period.setPromptText(m.get("assessment.period.hint"));
        period.setPrefColumnCount(10);
        period.textProperty().bindBidirectional(vm.periodProperty());
        TextArea text = new TextArea();
        text.setId("assessment-text");
        text.setWrapText(true);
        text.textProperty().bindBidirectional(vm.textProperty());
        Label problem = new Label();
        problem.setId("assessment-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button save = new Button(m.get("assessment.save"));
        save.setId("assessment-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(context.indicator().isNull());
        Button draft = new Button(m.get("assessment.draft"));
        draft.setId("assessment-draft");
        draft.disableProperty().bind(context.indicator().isNull());
        draft.setOnAction(e -> {
            no.framdrift.domain.Indicator indicator = context.indicator().get();
            no.framdrift.app.Workspace ws = context.workspace();
            // the numbers are computed live, off the window's thread; the text only fills the editor
            context.tasks().run("assessment-draft-" + indicator.code(), () -> {
                no.framdrift.domain.Catalogue c = ws.catalogue().load();
                java.util.List<no.framdrift.domain.IndicatorValue> values = ws.values().compute(c, indicator,
                        java.util.List.of());
                return java.util.Map.entry(new no.framdrift.app.values.AssessmentDrafts().draft(c, indicator, values),
                        no.framdrift.app.values.AssessmentDrafts.latestPeriod(indicator, values));
            }, written -> {
                if (indicator.code().equals(vm.code())) {
                    vm.applyDraft(written.getKey(), written.getValue(), LocalDate.now());
                }
            }, ex -> vm.reportProblem(m.format("assessment.draft.failed",
                    ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())));
        });
        Button delete = new Button(m.get("assessment.delete"));
        delete.setId("assessment-delete");
        delete.disableProperty().bind(vm.canDelete().not());
        delete.setOnAction(e -> {
            Assessment a = vm.selectedProperty().get();
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
            confirm.initOwner(context.owner().get());
            confirm.setTitle(m.get("assessment.delete.title"));
            confirm.setHeaderText(m.format("assessment.delete.header", vm.heading(a)));
            confirm.setContentText(m.get("assessment.delete.text"));
            ButtonType yes = new ButtonType(m.get("assessment.delete"), ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            confirm.getButtonTypes().setAll(yes, no);
            if (confirm.showAndWait().orElse(no) == yes) {
                vm.deleteSelected();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // period and draft above the text, delete and save below it: the labels fit even in a narrow pane
        for (javafx.scene.control.Control c : java.util.List.of(periodLabel, draft, delete, save)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox periodRow = new HBox(10, periodLabel, period, spacer, draft);
        periodRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Region bottomSpacer = new Region();
        HBox.setHgrow(bottomSpacer, Priority.ALWAYS);
        HBox actions = new HBox(10, bottomSpacer, delete, save);
        actions.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        Label heading = new Label();
        heading.getStyleClass().add("form-section");
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            String p = vm.periodProperty().get();
            return no.framdrift.domain.Period.parse(p == null ? "" : p.strip())
                    .map(x -> m.format("assessment.heading", x.label())).orElse(m.get("assessment.text"));
        }, vm.periodProperty()));
        text.setPromptText(m.get("assessment.text.hint"));
        VBox right = new VBox(10, heading, periodRow, text, problem, actions);
        right.setPadding(new Insets(12));
        VBox.setVgrow(text, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.3);
        context.indicator().addListener((o, was, now) -> {
            String code = now == null ? null : now.code();
            if (code == null || !code.equals(vm.code())) {
                vm.show(code);
            }
        });
        vm.show(context.indicator().get() == null ? null : context.indicator().get().code());
        Tab tab = new Tab(m.get("tab.assessments"), split);
        tab.setId("tab-assessments");
        tab.setClosable(false);
        return tab;
    }
}
