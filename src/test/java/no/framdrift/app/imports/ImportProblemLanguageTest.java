package no.framdrift.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.ImportKind;
import no.framdrift.domain.Texts;
import no.framdrift.ingest.FilePreview;
import no.framdrift.ingest.ImportPass;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;
import no.framdrift.store.Database;
import no.framdrift.store.Transactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A problem raised deep in {@code ingest} reaches the analyst in the language they chose: the
 * same refused import reads in English with {@link Locale#ENGLISH} and in bokmål otherwise.
 */
class ImportProblemLanguageTest {

    @TempDir
    Path dir;
    Database db;
    ImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        imports = new ImportService(new Transactor(db.dsl()), AreaDirectory::standard,
                () -> Set.of("EPJ_KVALITET", "PLL"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<ImportProblem> refused(String name, String content, ImportProfile profile) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        List<ImportProblem>[] out = new List[1];
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(f, profile)))
                .isInstanceOfSatisfying(ImportRefused.class, r -> out[0] = r.problems());
        return out[0];
    }

    @Test
    void aWeightThatIsNoNumberReadsInTheAnalystsLanguage() throws IOException {
        List<ImportProblem> problems = refused("w.csv", "aar;vekt;profesjon;q1\n2024;abc;Lege;5\n",
                ImportServiceTest.survey("vekt"));
        ImportProblem p = problems.get(0);
        assertThat(p.row()).isEqualTo(2);
        assertThat(p.column()).isEqualTo("vekt");
        assertThat(p.reason(Locale.ENGLISH)).isEqualTo("The weight is not a number");
        assertThat(p.reason(Texts.NORWEGIAN)).isEqualTo("Vekten er ikke et tall");
        assertThat(p.describe(Locale.ENGLISH)).isEqualTo("Row 2, column «vekt»: The weight is not a number (value: «abc»)");
        assertThat(p.describe(Texts.NORWEGIAN)).isEqualTo("Rad 2, kolonne «vekt»: Vekten er ikke et tall (verdi: «abc»)");
    }

    @Test
    void aMissingColumnAndAnUnknownAnswerReadInEnglish() throws IOException {
        ImportProblem missing = refused("m.csv", "aar;profesjon;q1\n2024;Lege;5\n", ImportServiceTest.survey("vekt")).get(0);
        assertThat(missing.reason(Locale.ENGLISH)).isEqualTo("The column is not in the file (the columns are: aar, profesjon, q1)");
        assertThat(missing.reason(Texts.NORWEGIAN)).isEqualTo("Kolonnen finnes ikke i filen (kolonnene er: aar, profesjon, q1)");

        ImportProblem answer = refused("a.csv", "aar;vekt;profesjon;q1\n2024;1;Lege;7\n", ImportServiceTest.survey("vekt")).get(0);
        assertThat(answer.reason(Locale.ENGLISH)).startsWith("Unknown answer (valid answers are: ");
        assertThat(answer.reason(Texts.NORWEGIAN)).startsWith("Ukjent svar (gyldige svar er: ");
    }

    @Test
    void aRegistryCountNamesItsRoleInEnglish() throws IOException {
        ImportProblem p = refused("r.csv", "periode,kommunenr,teller,nevner\n2024-01,0301,x,10\n", ImportServiceTest.registry()).get(0);
        assertThat(p.reason(Locale.ENGLISH)).isEqualTo("The numerator is not a number");
        assertThat(p.reason(Texts.NORWEGIAN)).isEqualTo("Telleren er ikke et tall");
    }

    @Test
    void jsonStatStructureProblemsReadInEnglish() throws IOException {
        ImportProfile p = new ImportProfile("ssb", ImportKind.JSON_STAT, null, null, null, null, null,
                new ImportProfile.JsonStat("PLL", null, "Region", ImportProfile.AreaScheme.ANY, "Tid",
                        ImportProfile.ValueRole.DENOMINATOR, null));
        ImportProblem problem = refused("foo.json", "{\"foo\": 1}", p).get(0);
        assertThat(problem.describe(Locale.ENGLISH)).isEqualTo("The file is not JSON-stat: no data set found");
        assertThat(problem.describe(Texts.NORWEGIAN)).isEqualTo("Filen er ikke JSON-stat: fant ingen datasett");
    }

    @Test
    void theDetectedFormatReadsInEnglish() throws IOException {
        Path f = dir.resolve("f.csv");
        Files.writeString(f, "aar,vekt\n2024,1.5\n", StandardCharsets.UTF_8);
        FilePreview preview = FilePreview.of(f, null, 10);
        assertThat(preview.format().in(Locale.ENGLISH)).isEqualTo("CSV, UTF-8 without BOM, delimiter comma, decimal point");
        assertThat(preview.format().in(Texts.NORWEGIAN)).isEqualTo("CSV, UTF-8 uten BOM, skilletegn komma, desimalpunktum");
    }

    @Test
    void profileProblemsNameTheFieldInTheWizardsWordsNotTheJsonKey() {
        ImportProfile noIndicator = new ImportProfile("p", ImportKind.SURVEY, null, null,
                new ImportProfile.Survey("aar", null, null, null, List.of(new ImportProfile.Question("q1", null, null, null,
                        List.of("Ja", "Nei"), List.of("Ja"), List.of()))), null, null, null);
        List<String> nb = ImportProfiles.problems(noIndicator).stream().map(m -> m.in(Texts.NORWEGIAN)).toList();
        List<String> en = ImportProfiles.problems(noIndicator).stream().map(m -> m.in(Locale.ENGLISH)).toList();
        assertThat(nb).containsExactly("Spørsmålet i kolonnen «q1» mangler indikator");
        assertThat(en).containsExactly("The question in the column «q1» has no indicator");
        assertThat(String.join(" ", nb)).doesNotContain("\"indicator\"");
    }

    @Test
    void aMisspeltFieldInAProfileReadsInEnglish() {
        String json = "{\"name\":\"hp\",\"kind\":\"SURVEY\",\"survey\":{\"year\":\"aar\",\"wieght\":\"vekt\"}}";
        ImportProfiles.ProfileException e = org.junit.jupiter.api.Assertions.assertThrows(ImportProfiles.ProfileException.class,
                () -> new ImportProfiles().fromJson(json, "hp"));
        assertThat(e.why().in(Locale.ENGLISH)).isEqualTo("The import profile hp cannot be read: unknown field «wieght» in"
                + " «survey». Valid fields here: background, date, questions, weight, year");
        assertThat(e.getMessage()).isEqualTo("Importprofilen hp kan ikke leses: ukjent felt «wieght» i «survey»."
                + " Gyldige felt her: background, date, questions, weight, year");
    }
}
