package no.framdrift.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NorwegianFormatTest {

    @Test
    void decimalCommaAndSpaceThousands() {
        assertThat(NorwegianFormat.number(5594340, 0)).isEqualTo("5 594 340");
        assertThat(NorwegianFormat.percentOfFraction(0.121, 1)).isEqualTo("12,1 %");
        assertThat(NorwegianFormat.number(-1.25, 1)).isEqualTo("-1,3");
    }

    /** The English window's charts: decimal point, comma thousands, "12.1%"; anything else reads Norwegian. */
    @Test
    void englishHasADecimalPointAndCommaThousands() {
        assertThat(NorwegianFormat.number(5594340, 0, java.util.Locale.ENGLISH)).isEqualTo("5,594,340");
        assertThat(NorwegianFormat.percentOfFraction(0.121, 1, java.util.Locale.ENGLISH)).isEqualTo("12.1%");
        assertThat(NorwegianFormat.percentOfFraction(0.121, 1, Texts.NORWEGIAN)).isEqualTo("12,1 %");
        assertThat(NorwegianFormat.number(1234.5, 1, java.util.Locale.GERMAN)).isEqualTo("1 234,5");
    }
}
