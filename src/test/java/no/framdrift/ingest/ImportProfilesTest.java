package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Profile JSON mistakes are named in Norwegian, and never silently ignored. */
class ImportProfilesTest {

    private final ImportProfiles profiles = new ImportProfiles();

    private static final String SURVEY = """
            {"name": "hp", "kind": "SURVEY", "survey": {"year": "aar", %s
              "questions": [{"column": "q1", "indicator": "EPJ_KVALITET", "answers": ["Helt enig", "Helt uenig"],
                             "positive": ["Helt enig"]}]}}
            """;

    @Test
    void aGoodProfileIsRead() throws Exception {
        ImportProfile p = profiles.fromJson(SURVEY.formatted("\"weight\": \"vekt\","), "hp");
        assertThat(p.survey().weight()).isEqualTo("vekt");
    }

    @Test
    void aMisspeltKeyIsRefusedNotIgnored() {
        // ignoring "wieght" would import the survey unweighted and change every share
        assertThatThrownBy(() -> profiles.fromJson(SURVEY.formatted("\"wieght\": \"vekt\","), "hp"))
                .isInstanceOf(ImportProfiles.ProfileException.class)
                .hasMessage("Importprofilen hp kan ikke leses: ukjent felt «wieght» i «survey»."
                        + " Gyldige felt her: background, date, questions, weight, year");
    }

    @Test
    void anUnknownKindListsTheValidOnes() {
        assertThatThrownBy(() -> profiles.fromJson("{\"name\": \"x\", \"kind\": \"FOO\"}", "x"))
                .hasMessage("Importprofilen x kan ikke leses: «FOO» er ikke en gyldig verdi for «kind»"
                        + " (gyldige verdier: SURVEY, REGISTRY, UNITS, JSON_STAT) (linje 1, kolonne 23)");
    }

    @Test
    void brokenAndEmptyJsonGetPlainMessages() {
        assertThatThrownBy(() -> profiles.fromJson("{\"name\": \"x\",\n \"kind\": ", "x"))
                .hasMessageStartingWith("Importprofilen x kan ikke leses: ikke gyldig JSON (linje 2,")
                .hasMessageNotContaining("Unexpected");
        assertThatThrownBy(() -> profiles.fromJson("", "x"))
                .hasMessage("Importprofilen x kan ikke leses: filen er tom");
        assertThatThrownBy(() -> profiles.fromJson("{\"name\": \"x\", \"kind\": \"SURVEY\", \"survey\": {\"questions\": 5}}", "x"))
                .hasMessageStartingWith("Importprofilen x kan ikke leses: feil type verdi for «survey.questions»");
    }

    @Test
    void aPathAsProfileNameAndAFormulaAsBackgroundKeyAreRefused() {
        String json = SURVEY.formatted("\"background\": {\"=SUM(9)*cmd\": \"yrke\"},").replace("\"hp\"", "\"../../x\"");
        assertThatThrownBy(() -> profiles.fromJson(json, "x")).isInstanceOf(ImportProfiles.ProfileException.class)
                .hasMessage("Importprofilen x kan ikke brukes: Profilnavnet «../../x» er ikke et enkelt navn (bruk bokstaver, "
                        + "tall, mellomrom, _ . og -, høyst 100 tegn, og begynn med en bokstav eller et tall); Bakgrunnsvariabelen "
                        + "«=SUM(9)*cmd» er ikke et enkelt navn (bruk bokstaver, tall, mellomrom, _ . og -, og begynn med en "
                        + "bokstav eller et tall)");
    }
}
