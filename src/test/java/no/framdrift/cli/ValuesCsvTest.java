package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import no.framdrift.app.values.ValuesCsv;
import no.framdrift.ingest.ImportProfiles;
import org.junit.jupiter.api.Test;

/** Issue 18, point 9: no text cell of the values output starts a spreadsheet formula. */
class ValuesCsvTest {

    @Test
    void aTextCellStartingWithAFormulaCharacterIsQuotedAsText() {
        assertThat(ValuesCsv.text("=SUM(9)*cmd=Lege")).isEqualTo("'=SUM(9)*cmd=Lege");
        assertThat(ValuesCsv.text("+47")).isEqualTo("'+47");
        assertThat(ValuesCsv.text("-1")).isEqualTo("'-1");
        assertThat(ValuesCsv.text("@A1")).isEqualTo("'@A1");
        assertThat(ValuesCsv.text("=A1,B1")).isEqualTo("\"'=A1,B1\"");
        assertThat(ValuesCsv.text("kommune=K01")).isEqualTo("kommune=K01");
        assertThat(ValuesCsv.text("Helse Sør-Øst")).isEqualTo("Helse Sør-Øst");
    }

    @Test
    void profileAndBackgroundNamesArePlainNames() {
        assertThat(ImportProfiles.isPlainName("innbyggerundersokelsen")).isTrue();
        assertThat(ImportProfiles.isPlainName("Helse Sør-Øst 2024")).isTrue();
        assertThat(ImportProfiles.isPlainName("../../x")).isFalse();
        assertThat(ImportProfiles.isPlainName("=SUM(9)*cmd")).isFalse();
        assertThat(ImportProfiles.isPlainName("-x")).isFalse();
        assertThat(ImportProfiles.isPlainName("a/b")).isFalse();
        assertThat(ImportProfiles.isPlainName("x".repeat(101))).isFalse();
    }
}
