package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileProblemTest {

    @Test
    void messageNamesRowAndColumnButNotTheValue() {
        FileProblem p = new FileProblem(12, "vekt", "abc", "tallet kan ikke leses");

        assertThat(p.getMessage()).isEqualTo("Rad 12, kolonne «vekt»: tallet kan ikke leses");
        assertThat(p.value()).isEqualTo("abc");
        assertThat(p.row()).isEqualTo(12);
        assertThat(p.column()).isEqualTo("vekt");
        assertThat(p.reason()).isEqualTo("tallet kan ikke leses");
    }

    @Test
    void aProblemOfTheWholeFileStartsWithACapital() {
        assertThat(new FileProblem(0, null, null, "filen er tom").getMessage()).isEqualTo("Filen er tom");
        assertThat(new FileProblem(0, "år", null, "mangler").getMessage()).isEqualTo("Kolonne «år»: mangler");
    }
}
