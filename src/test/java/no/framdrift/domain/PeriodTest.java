package no.framdrift.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2025-10, 2025-10", "okt.25, 2025-10", "2025M10, 2025-10", "OKT 2025, 2025-10", "10.2025, 2025-10",
            "2025K3, 2025Q3", "2025Q3, 2025Q3", "Q3 2025, 2025Q3", "3. kvartal 2025, 2025Q3",
            "2025H1, 2025H1", "1. halvår 2025, 2025H1", "2025, 2025", "apr.25, 2025-04", "mai.25, 2025-05"})
    void acceptsTheUsualSpellings(String text, String code) {
        assertThat(Period.parse(text)).map(Period::code).hasValue(code);
    }

    @ParameterizedTest
    @CsvSource({"2025-13", "2025Q5", "abc", "'  '", "okt", "2025H3", "foo.25"})
    void rejectsWhatIsNotAPeriod(String text) {
        assertThat(Period.parse(text)).isEmpty();
    }

    @Test
    void labelsAsTheDeckWritesThem() {
        assertThat(Period.month(2025, 4).label()).isEqualTo("apr.25");
        assertThat(Period.quarter(2025, 3).label()).isEqualTo("Q3 2025");
        assertThat(Period.half(2025, 1).label()).isEqualTo("1. halvår 2025");
    }

    @Test
    void enclosingAndOrdering() {
        Period sep = Period.month(2025, 9);
        assertThat(sep.enclosing(Period.Granularity.QUARTER)).isEqualTo(Period.quarter(2025, 3));
        assertThat(sep.enclosing(Period.Granularity.HALF_YEAR)).isEqualTo(Period.half(2025, 2));
        assertThat(sep.enclosing(Period.Granularity.YEAR)).isEqualTo(Period.year(2025));
        assertThat(Period.quarter(2025, 3).contains(sep)).isTrue();
        assertThat(Period.half(2025, 1).contains(sep)).isFalse();
        assertThat(Period.quarter(2025, 4).next()).isEqualTo(Period.quarter(2026, 1));
        assertThat(Period.half(2025, 1).minusYears(2)).isEqualTo(Period.half(2023, 1));
        assertThat(Period.month(2025, 4)).isLessThan(Period.month(2025, 5));
        assertThat(Period.quarter(2025, 3).endYear()).isEqualTo(2025.75);
    }

    @Test
    void labelsReadInTheWindowsLanguage() {
        java.util.Locale en = java.util.Locale.ENGLISH;
        assertThat(Period.month(2025, 12).label()).isEqualTo("des.25");
        assertThat(Period.month(2025, 12).label(en)).isEqualTo("Dec 25");
        assertThat(Period.month(2025, 5).label(en)).isEqualTo("May 25");
        assertThat(Period.month(2025, 5).label(Texts.NORWEGIAN)).isEqualTo("mai.25");
        assertThat(Period.half(2025, 1).label(en)).isEqualTo("H1 2025");
        assertThat(Period.half(2025, 1).label(Texts.NORWEGIAN)).isEqualTo("1. halvår 2025");
        assertThat(Period.quarter(2025, 3).label(en)).isEqualTo("Q3 2025");
        assertThat(Period.year(2024).label(en)).isEqualTo("2024");
    }
}
