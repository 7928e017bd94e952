package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.framdrift.domain.Texts;
import org.junit.jupiter.api.Test;

/** A broken catalogue file says what is wrong in the reader's language, as a profile's JSON problems do. */
class CatalogueJsonErrorsTest {

    private static CatalogueJson.CatalogueFormatException read(String json) {
        return catchThrowableOfType(() -> new CatalogueJson().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), CatalogueJson.CatalogueFormatException.class);
    }

    @Test
    void invalidJsonNamesLineAndColumnInBothLanguages() {
        CatalogueJson.CatalogueFormatException e = read("{\n  \"goals\": [,\n}");
        assertThat(e.why().key()).isEqualTo("catalogue.error.unreadable");
        assertThat(e.why().in(Texts.NORWEGIAN)).startsWith("Katalogfilen kan ikke leses: ikke gyldig JSON (linje 2")
                .contains("sjekk komma, klammer og anførselstegn");
        assertThat(e.why().in(Locale.ENGLISH)).startsWith("The catalogue file cannot be read: not valid JSON (line 2")
                .contains("check commas, brackets and quotes");
        // the exception's own message (command line, logs) is bokmål
        assertThat(e.getMessage()).isEqualTo(e.why().norwegian());
    }

    @Test
    void anUnknownFieldIsNamedNotJacksonsText() {
        CatalogueJson.CatalogueFormatException e = read("{\"goalz\": []}");
        assertThat(e.why().in(Locale.ENGLISH)).contains("unknown field «goalz»").doesNotContain("Unrecognized");
        assertThat(e.why().in(Texts.NORWEGIAN)).contains("ukjent felt «goalz»");
    }

    @Test
    void anEmptyFileSaysSo() {
        CatalogueJson.CatalogueFormatException e = read("null");
        assertThat(e.why().in(Texts.NORWEGIAN)).isEqualTo("Katalogfilen er tom.");
        assertThat(e.why().in(Locale.ENGLISH)).isEqualTo("The catalogue file is empty.");
    }
}
