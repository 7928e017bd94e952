package no.framdrift.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.domain.ValidationProblem;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void bokmaalAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("/i18n/messages_en.properties").stringPropertyNames())
                .isEqualTo(load("/i18n/messages.properties").stringPropertyNames());
    }

    @Test
    void everyValidationKeyOfTheRulesHasATextInBothLanguages() {
        List<String> keys = List.of("validation.name.required", "validation.code.required", "validation.code.format",
                "validation.code.unique", "validation.code.immutable", "validation.goal.required",
                "validation.status.required", "validation.frequency.required", "validation.kind.required",
                "validation.decimals.range", "validation.ambition.year", "validation.ambition.duplicate",
                "validation.ambition.percent", "validation.ambition.count", "validation.break.period",
                "validation.baseline.period", "validation.parts.self");
        for (Language l : Language.values()) {
            Messages m = Messages.of(l);
            assertThat(keys).allSatisfy(k -> assertThat(m.has(k)).as(l + " " + k).isTrue());
        }
    }

    @Test
    void enumsShowTheDecksWords() {
        Messages nb = Messages.of(Language.NORWEGIAN_BOKMAL);
        assertThat(nb.of(Status.KLAR)).isEqualTo("Klar");
        assertThat(nb.of(Status.UNDER_ARBEID)).isEqualTo("Under arbeid");
        assertThat(nb.of(Status.AVVENT)).isEqualTo("Avvent");
        assertThat(nb.of(Frequency.LOPENDE)).isEqualTo("Løpende/månedlig");
        assertThat(nb.of(Frequency.ARLIG)).isEqualTo("Årlig");
        assertThat(nb.of(IndicatorKind.COMPOSITE)).isEqualTo("Sammensatt");
        for (Language l : Language.values()) {
            Messages m = Messages.of(l);
            for (Enum<?>[] values : List.<Enum<?>[]>of(Status.values(), Frequency.values(), IndicatorKind.values(),
                    Unit.values(), TimeAggregation.values())) {
                for (Enum<?> e : values) {
                    assertThat(m.of(e)).as(l + " " + e).isNotEqualTo(e.name());
                }
            }
        }
    }

    @Test
    void bokmaalIsTheDefaultEvenOnAnEnglishComputer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.of(Language.NORWEGIAN_BOKMAL).get("tab.history")).isEqualTo("Historikk");
            assertThat(Messages.of(Language.ENGLISH).get("tab.history")).isEqualTo("History");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownValidationKeyFallsBackToTheDomainText() {
        Messages nb = Messages.of(Language.NORWEGIAN_BOKMAL);
        assertThat(nb.of(new ValidationProblem("name", "validation.nobody.knows", "Noe er galt med navnet.")))
                .isEqualTo("Noe er galt med navnet.");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
