package no.framdrift.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import no.framdrift.domain.Texts;
import org.junit.jupiter.api.Test;

/** What an import did, in the reader's language: "parti" in bokmål, "batch" in English. */
class ImportSummaryTest {

    @Test
    void describesRowsAndTheBatchItReplacedInBothLanguages() {
        ImportSummary s = new ImportSummary(7, "pll.csv", "csv", 12000, 11998, 2, 300, List.of(3L, 5L));
        assertThat(s.describe().in(Texts.NORWEGIAN).replace('\u00a0', ' '))
                .isEqualTo("Lest 12 000 rader, importert 11 998, hoppet over 2. Parti 7 (erstatter parti 3, 5).");
        assertThat(s.describe().in(Locale.ENGLISH))
                .isEqualTo("Read 12,000 rows, imported 11,998, skipped 2. Batch 7 (replaces batch 3, 5).");
        ImportSummary first = new ImportSummary(1234, "pll.csv", "csv", 10, 10, 0, 10, List.of());
        assertThat(first.describe().in(Locale.ENGLISH)).isEqualTo("Read 10 rows, imported 10, skipped 0. Batch 1234.");
    }
}
