package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainNumberTest {

    @Test
    void plainNumbersParseExactlyAsTheJdk() {
        assertThat(PlainNumber.parse("1,269", ',')).isEqualTo(1.269);
        assertThat(PlainNumber.parse("130", ',')).isEqualTo(130.0);
        assertThat(PlainNumber.parse("0.5", '.')).isEqualTo(0.5);
        Random rnd = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            String t = (rnd.nextInt(5) == 0 ? rnd.nextInt(1_000_000) + "" : rnd.nextInt(1000) + "." + rnd.nextInt(100_000_000));
            assertThat(PlainNumber.parse(t, '.')).as(t).isEqualTo(Double.parseDouble(t));
        }
    }

    @Test
    void everythingElseIsLeftToNumbers() {
        for (String t : new String[] {"", "-1", "1 234", "1,5", "1.", ".5", "12,1 %", "1e3", "1.2.3", "abc", "1234567890123456"}) {
            assertThat(PlainNumber.parse(t, '.')).as(t).isNaN();
        }
    }
}
