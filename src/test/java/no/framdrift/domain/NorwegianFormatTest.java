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
}
