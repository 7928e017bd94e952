package no.framdrift.ui.shell;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import no.framdrift.store.ServerLogin;

/**
 * "Fil → Koble til teamdatabase…": the address, the user and a password. "Husk" keeps only the
 * address and the user (in the user's preferences); the password is never written anywhere, and
 * left empty the driver reads PGPASSWORD or ~/.pgpass.
 */
final class ConnectDialog {

    private ConnectDialog() {
    }

    static Optional<ServerLogin> ask(Window owner, Messages m, UiPreferences prefs) {
        Dialog<ServerLogin> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("connect.title"));
        dialog.setHeaderText(m.get("connect.title"));
        TextField url = new TextField();
        url.setId("connect-url");
        url.setPromptText("jdbc:postgresql://tjener:5432/framdrift");
        url.setPrefColumnCount(34);
        TextField user = new TextField(System.getProperty("user.name", ""));
        user.setId("connect-user");
        PasswordField password = new PasswordField();
        password.setId("connect-password");
        password.setPromptText(m.get("connect.password.prompt"));
        CheckBox remember = new CheckBox(m.get("connect.remember"));
        remember.setId("connect-remember");
        prefs.teamDatabase().ifPresent(saved -> {
            url.setText(saved[0]);
            user.setText(saved[1]);
            remember.setSelected(true);
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(m.get("connect.url")), url);
        grid.addRow(1, new Label(m.get("connect.user")), user);
        grid.addRow(2, new Label(m.get("connect.password")), password);
        grid.add(remember, 1, 3);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(m.get("connect.button"), ButtonBar.ButtonData.OK_DONE);
        // JavaFX names ButtonType.CANCEL in the JVM's language: the window's language instead
        dialog.getDialogPane().getButtonTypes().addAll(connect,
                new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(connect).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> !url.getText().trim().startsWith("jdbc:postgresql:") || user.getText().isBlank(),
                        url.textProperty(), user.textProperty()));
        dialog.setResultConverter(b -> {
            if (b != connect) {
                return null;
            }
            prefs.teamDatabase(remember.isSelected() ? url.getText().trim() : null, user.getText().trim());
            String typed = password.getText();
            String fromEnv = System.getenv("PGPASSWORD");
            return new ServerLogin(url.getText().trim(), user.getText().trim(),
                    typed.isEmpty() ? (fromEnv == null || fromEnv.isEmpty() ? null : fromEnv) : typed);
        });
        return dialog.showAndWait();
    }
}
