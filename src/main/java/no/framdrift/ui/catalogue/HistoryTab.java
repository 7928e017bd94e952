package no.framdrift.ui.catalogue;

import java.time.ZoneId;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import java.util.function.Function;
import no.framdrift.ui.shell.Messages;

/** The "Historikk" tab: time, field, old → new, newest first. */
public final class HistoryTab implements IndicatorTabFactory {

    @Override
    public Tab create(IndicatorContext context) {
        Messages m = context.messages();
        HistoryViewModel vm = new HistoryViewModel(context.workspace().catalogue(), m, ZoneId.systemDefault());
        TableView<HistoryViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("history-table");
        table.setPlaceholder(new Label(m.get("history.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(m.get("history.time"), HistoryViewModel.Row::time, 150));
        table.getColumns().add(column(m.get("history.field"), HistoryViewModel.Row::field, 160));
        table.getColumns().add(column(m.get("history.old"), HistoryViewModel.Row::oldValue, 260));
        table.getColumns().add(column(m.get("history.new"), HistoryViewModel.Row::newValue, 260));
        table.getColumns().add(column(m.get("history.by"), HistoryViewModel.Row::by, 110));
        context.indicator().addListener((o, was, now) -> vm.show(now == null ? null : now.code()));
        vm.show(context.indicator().get() == null ? null : context.indicator().get().code());
        Tab tab = new Tab(m.get("tab.history"), table);
        tab.setId("tab-history");
        tab.setClosable(false);
        return tab;
    }

    private static TableColumn<HistoryViewModel.Row, String> column(String title,
            Function<HistoryViewModel.Row, String> value, double width) {
        TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
