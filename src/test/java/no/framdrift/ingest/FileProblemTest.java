package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.framdrift.domain.Message;
import org.junit.jupiter.api.Test;

class FileProblemTest {

    @Test
    void messageNamesRowAndColumnButNotTheValue() {
        FileProblem p = new FileProblem(12, "vekt", "abc", Message.of("problem.weight.notNumber"));

        assertThat(p.getMessage()).isEqualTo("Rad 12, kolonne «vekt»: Vekten er ikke et tall");
        assertThat(p.describe(Locale.ENGLISH)).isEqualTo("Row 12, column «vekt»: The weight is not a number");
        assertThat(p.value()).isEqualTo("abc");
        assertThat(p.row()).isEqualTo(12);
        assertThat(p.column()).isEqualTo("vekt");
        assertThat(p.reason().norwegian()).isEqualTo("Vekten er ikke et tall");
    }

    @Test
    void aProblemOfTheWholeFileStartsWithACapital() {
        assertThat(new FileProblem(0, null, null, Message.of("problem.file.empty")).getMessage()).isEqualTo("Filen er tom");
        assertThat(new FileProblem(0, "år", null, Message.of("problem.year.unknown")).getMessage()).isEqualTo("Kolonne «år»: Ukjent år");
    }
}
