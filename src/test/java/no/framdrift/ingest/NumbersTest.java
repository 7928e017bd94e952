package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 234,5|,|1234.5",
        "1234.5|.|1234.5",
        "12,1 %|,|12.1",
        "12,1%|,|12.1",
        "5 594 340|,|5594340",
        "5\u00A0594\u00A0340|,|5594340",
        "1.234,5|,|1234.5",
        "1,234.5|.|1234.5",
        "\u22123,5|,|-3.5",
        "-0,05|,|-0.05",
        "+7|.|7",
        ",5|,|0.5",
        "  42  |.|42",
        "1.5E-3|.|0.0015",
        "0|,|0"})
    void readsTheNotationsAnalystsWrite(String text, char decimal, double expected) {
        assertThat(Numbers.parse(text, decimal)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsEmpty(String text) {
        assertThat(Numbers.parse(text, ',')).isEmpty();
        assertThat(Numbers.parse(null, ',')).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "abc|,", "12,5|.", "1.23|,", "12 34|,", "1 2345|,", "1.234.5|,", "NaN|.", "Infinity|.",
        "12,5,3|,", "--1|.", "%|,", "1 234.567,8|,", "1e|."})
    void refusesWhatIsNotANumberInThatNotation(String text, char decimal) {
        assertThatThrownBy(() -> Numbers.parse(text, decimal))
                .isInstanceOf(NumberFormatException.class)
                .hasMessageNotContaining(text);
    }
}
