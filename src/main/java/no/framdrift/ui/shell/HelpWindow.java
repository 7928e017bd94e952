package no.framdrift.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Hjelp → Brukerveiledning: a short guide for the three kinds of user and the keyboard
 * shortcuts, offline, from {@code help/guide*.txt} in the window's language. The text format is
 * "# Heading" lines, paragraphs, and "keys | what" lines for the shortcut table.
 */
public final class HelpWindow {

    /** One section of the guide: a heading, its paragraphs and its shortcut rows (keys, what). */
    public record Section(String heading, List<String> paragraphs, List<String[]> shortcuts) {
    }

    private HelpWindow() {
    }

    /** The guide in a language: the English file for English, the Norwegian one otherwise. */
    public static List<Section> guide(Language language) {
        String name = language.locale().getLanguage().equals("en") ? "/help/guide_en.txt" : "/help/guide.txt";
        try (InputStream in = HelpWindow.class.getResourceAsStream(name)) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<Section> parse(String text) {
        List<Section> out = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        List<String[]> shortcuts = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("# ")) {
                if (heading != null) {
                    out.add(new Section(heading, List.copyOf(paragraphs), List.copyOf(shortcuts)));
                }
                heading = l.substring(2).strip();
                paragraphs = new ArrayList<>();
                shortcuts = new ArrayList<>();
            } else if (l.contains(" | ")) {
                String[] parts = l.split(" \\| ", 2);
                shortcuts.add(new String[]{parts[0].strip(), parts[1].strip()});
            } else if (!l.isEmpty()) {
                paragraphs.add(l);
            }
        }
        if (heading != null) {
            out.add(new Section(heading, List.copyOf(paragraphs), List.copyOf(shortcuts)));
        }
        return out;
    }

    /** Shows the guide; {@code shortcutsOnly} opens it scrolled to the keyboard shortcuts. */
    public static void show(Window owner, Messages m, boolean shortcutsOnly) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(m.get(shortcutsOnly ? "help.shortcuts.title" : "help.guide.title"));
        VBox content = new VBox(8);
        content.setPadding(new Insets(16));
        content.setId("help-content");
        List<Section> sections = guide(m.language());
        for (Section s : sections) {
            if (shortcutsOnly && s.shortcuts().isEmpty()) {
                continue;
            }
            Label h = new Label(s.heading());
            h.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
            h.setWrapText(true);
            content.getChildren().add(h);
            for (String p : s.paragraphs()) {
                Label t = new Label(p);
                t.setWrapText(true);
                content.getChildren().add(t);
            }
            if (!s.shortcuts().isEmpty()) {
                GridPane keys = new GridPane();
                keys.setHgap(16);
                keys.setVgap(4);
                int row = 0;
                for (String[] k : s.shortcuts()) {
                    Label key = new Label(k[0]);
                    key.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
                    Label what = new Label(k[1]);
                    what.setWrapText(true);
                    keys.addRow(row++, key, what);
                }
                content.getChildren().add(keys);
            }
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 640, shortcutsOnly ? 420 : 600));
        stage.show();
    }
}
