package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hjelp has a short guide in both languages, with the same sections and every shortcut. */
class HelpWindowTest {

    @Test
    void bothLanguagesHaveTheSameSectionsAndTheShortcuts() {
        List<HelpWindow.Section> nb = HelpWindow.guide(Language.NORWEGIAN_BOKMAL);
        List<HelpWindow.Section> en = HelpWindow.guide(Language.ENGLISH);
        assertThat(nb).hasSize(6).hasSameSizeAs(en);
        assertThat(nb.get(0).heading()).isEqualTo("Kom i gang");
        assertThat(en.get(0).heading()).isEqualTo("Getting started");
        for (int i = 0; i < nb.size(); i++) {
            assertThat(nb.get(i).shortcuts()).hasSameSizeAs(en.get(i).shortcuts());
            assertThat(nb.get(i).paragraphs()).hasSameSizeAs(en.get(i).paragraphs());
            assertThat(nb.get(i).paragraphs().isEmpty()).isEqualTo(i == 5); // the last section is the table
        }
        List<String> keys = nb.get(5).shortcuts().stream().map(k -> k[0]).toList();
        assertThat(keys).containsExactlyElementsOf(en.get(5).shortcuts().stream().map(k -> k[0]).toList())
                .contains("Ctrl+F", "Ctrl+S", "Ctrl+N", "Ctrl+O", "Ctrl+Shift+E", "Ctrl+Shift+I", "Ctrl+1", "Ctrl+E",
                        "Ctrl+Q", "F1");
        assertThat(nb.get(5).shortcuts()).anySatisfy(k -> assertThat(k[1]).isEqualTo("lagre indikatoren"));
    }
}
