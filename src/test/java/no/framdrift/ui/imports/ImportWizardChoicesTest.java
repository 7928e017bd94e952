package no.framdrift.ui.imports;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import no.framdrift.app.BackgroundTasks;
import no.framdrift.app.Workspace;
import no.framdrift.app.imports.ImportService;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ui.shell.Language;
import no.framdrift.ui.shell.Messages;
import no.framdrift.ui.shell.UiPreferences;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the analyst chooses rather than types in the guided import (issue 15): the saved profile
 * that fits the file's headers, the indicator from the catalogue, the answers from the column's
 * values; and what the summary says changed. A sample workspace in a temporary folder, background
 * work on the calling thread, the remembered profile in a preferences node of its own.
 */
class ImportWizardChoicesTest {

    @TempDir
    static Path folder;
    private static Workspace workspace;
    private static ImportService imports;
    private static Preferences node;
    private static UiPreferences prefs;

    @BeforeAll
    static void open() {
        workspace = SampleWorkspaces.open(folder.resolve("data"));
        imports = workspace.imports();
        node = Preferences.userRoot().node("no/framdrift/ui-test/" + UUID.randomUUID());
        prefs = new UiPreferences(node);
    }

    @AfterAll
    static void close() throws BackingStoreException {
        workspace.close();
        node.removeNode();
    }

    /** The wizard as the window makes it: the catalogue's indicators, the profile remembered in the preferences. */
    private static ImportWizardModel wizard(Language language) {
        return new ImportWizardModel(imports, BackgroundTasks.sameThread(), Runnable::run, Messages.of(language),
                IndicatorChoice.of(workspace.catalogue().load()), new ProfileMemory() {
            @Override
            public java.util.Optional<String> lastProfile(String headerKey) {
                return prefs.importProfileFor(headerKey);
            }

            @Override
            public void remember(String headerKey, String profile) {
                prefs.importProfileFor(headerKey, profile);
            }
        });
    }

    private static ImportWizardModel wizard() {
        return wizard(Language.NORWEGIAN_BOKMAL);
    }

    /** The first rows of the sample survey, with every year moved on by {@code years}. */
    private static Path survey(String name, int rows, int years) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("sample-data/helsepersonellundersokelsen-2021-2024.csv"),
                StandardCharsets.UTF_8);
        List<String> out = new java.util.ArrayList<>();
        out.add(lines.get(0));
        for (String l : lines.subList(1, Math.min(lines.size(), rows + 1))) {
            String[] cells = l.split(";", -1);
            cells[1] = String.valueOf(Integer.parseInt(cells[1]) + years);
            out.add(String.join(";", cells));
        }
        Path file = folder.resolve(name);
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFileWithTheSampleSurveysHeadersProposesTheSavedProfileByName() throws IOException {
        Path file = survey("helsepersonell-utdrag.csv", 300, 0);
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.COLUMNS);
        assertThat(vm.profileProperty().get().name()).isEqualTo("helsepersonellundersokelsen");
        assertThat(vm.profileNoteProperty().get()).isEqualTo("Bruker lagret profil «helsepersonellundersokelsen»");
        assertThat(vm.messageProperty().get()).isEqualTo("Bruker lagret profil «helsepersonellundersokelsen»");
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertThat(vm.profileProblems()).isEmpty();
        assertThat(vm.canNextBinding().get()).isTrue();
        assertThat(vm.mapping()).filteredOn(r -> r.roleProperty().get() == ColumnRole.QUESTION)
                .extracting(r -> r.indicatorProperty().get())
                .containsExactly("EPJ_KVALITET", "EPJ_EFFEKTIV", "TILGANG_PASIENTINFO", "ENKLERE_ARBEIDSHVERDAG");

        ImportWizardModel english = wizard(Language.ENGLISH);
        english.open(file);
        english.next();
        assertThat(english.profileNoteProperty().get()).isEqualTo("Using saved profile «helsepersonellundersokelsen»");
    }

    @Test
    void aFileNoSavedProfileFitsIsAGuessFromTheHeaders() throws IOException {
        Path file = folder.resolve("ukjent.csv");
        Files.writeString(file, "periode;kommune;antall;innbyggere\n2025;0301;10;100\n", StandardCharsets.UTF_8);
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        assertThat(vm.profileProperty().get().name()).isEqualTo("ukjent");
        assertThat(vm.profileNoteProperty().get()).isEmpty();
    }

    @Test
    void theProfileLastUsedForTheSameHeadersIsProposedNextTime() throws Exception {
        ImportProfile pll = imports.savedProfile("pll").orElseThrow();
        imports.saveProfile(new ImportProfile("pll-kopi", pll.kind(), pll.description(), pll.file(), pll.survey(),
                pll.registry(), pll.units(), pll.jsonStat()));
        // months of 2023: no stored cell overlaps them
        List<String> lines = Files.readAllLines(Path.of("sample-data/pll-2025.csv"), StandardCharsets.UTF_8);
        Path file = folder.resolve("pll-2023.csv");
        Files.write(file, lines.stream().map(l -> l.replace(".25;", ".23;")).toList(), StandardCharsets.UTF_8);

        ImportWizardModel first = wizard();
        first.open(file);
        first.next();
        String proposed = first.profileProperty().get().name();
        assertThat(proposed).isIn("pll", "pll-kopi");
        String other = proposed.equals("pll") ? "pll-kopi" : "pll";
        first.chooseSaved(other);
        assertThat(first.profileNoteProperty().get()).isEqualTo("Bruker lagret profil «" + other + "»");
        first.next();
        first.next();
        assertThat(first.stepProperty().get()).isEqualTo(ImportWizardModel.Step.SUMMARY);

        // the same set of headers in another order is the same kind of file
        Path again = folder.resolve("pll-2022.csv");
        Files.write(again, lines.stream().map(l -> {
            String[] c = l.replace(".25;", ".22;").split(";", -1);
            return String.join(";", c[1], c[0], c[3], c[2]);
        }).toList(), StandardCharsets.UTF_8);
        ImportWizardModel second = wizard();
        second.open(again);
        second.next();
        assertThat(second.profileProperty().get().name()).isEqualTo(other);
        assertThat(second.profileNoteProperty().get()).isEqualTo("Bruker lagret profil «" + other + "»");
        assertThat(second.profileProblems()).isEmpty();
    }

    @Test
    void theIndicatorIsOnlyEverACodeOfTheCatalogue() throws IOException {
        Path file = folder.resolve("tillit-utdrag.csv");
        Files.writeString(file, "periode;antall;befolkning\n2025;10;100\n", StandardCharsets.UTF_8);
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        assertThat(vm.indicatorChoices()).extracting(IndicatorChoice::code).contains("PLL", "TILLIT", "EPJ_KVALITET")
                .doesNotContain("tillit");
        assertThat(vm.indicatorChoices()).filteredOn(c -> c.code().equals("TILLIT")).extracting(IndicatorChoice::toString)
                .containsExactly("TILLIT – Innbyggers tillit til håndtering av helseopplysninger");

        // free text is refused and changes nothing
        assertThat(vm.chooseIndicator(null, "tillit")).isFalse();
        assertThat(vm.indicatorProperty().get()).isEmpty();
        assertThat(vm.chooseIndicator(null, "TILLIT")).isTrue();
        assertThat(vm.indicatorProperty().get()).isEqualTo("TILLIT");
        assertThat(vm.profileProperty().get().registry().indicator()).isEqualTo("TILLIT");

        // the JSON editor cannot smuggle one in either: the profile has a problem and the wizard waits
        vm.profileJsonProperty().set(vm.profileJsonProperty().get().replace("\"TILLIT\"", "\"tillit\""));
        assertThat(vm.applyJson()).isTrue();
        assertThat(vm.profileProblems()).contains(
                "Indikatoren «tillit» finnes ikke i katalogen: velg en indikator fra listen");
        assertThat(vm.canNextBinding().get()).isFalse();
    }

    @Test
    void theAnswersAreTheValuesOfTheColumnAndTwoCheckedArePositiveInTheSavedProfile() throws Exception {
        Path file = folder.resolve("fornoyd.csv");
        Files.writeString(file, "aar;vekt;fornoyd_epj\n"
                + "2025;1;Fornøyd\n"
                + "2025;1;Svært fornøyd\n"
                + "2025;1;Misfornøyd\n"
                + "2025;1;Vet ikke\n"
                + "2025;1;Fornøyd\n"
                + "2025;1;\n", StandardCharsets.UTF_8);
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        vm.kindProperty().set(no.framdrift.domain.ImportKind.SURVEY);
        MappingRow question = vm.mapping().stream().filter(r -> r.column().equals("fornoyd_epj")).findFirst().orElseThrow();
        question.roleProperty().set(ColumnRole.QUESTION);
        vm.questionProperty().set(question);

        // the distinct values found in the whole file, blanks left out, in the order met
        assertThat(vm.answerChoices()).containsExactly("Fornøyd", "Svært fornøyd", "Misfornøyd", "Vet ikke");

        assertThat(vm.chooseIndicator(question, "epj kvalitet")).isFalse();
        assertThat(vm.chooseIndicator(question, "EPJ_KVALITET")).isTrue();
        vm.checkAnswer(question, ImportWizardModel.AnswerList.ANSWERS, "Misfornøyd", true);
        vm.checkAnswer(question, ImportWizardModel.AnswerList.POSITIVE, "Svært fornøyd", true);
        vm.checkAnswer(question, ImportWizardModel.AnswerList.POSITIVE, "Fornøyd", true);
        vm.checkAnswer(question, ImportWizardModel.AnswerList.EXCLUDED, "Vet ikke", true);
        // a positive answer is a valid answer too, in the order of the choices
        assertThat(question.answers()).containsExactly("Fornøyd", "Svært fornøyd", "Misfornøyd");
        assertThat(question.positive()).containsExactly("Fornøyd", "Svært fornøyd");
        assertThat(question.excluded()).containsExactly("Vet ikke");
        assertThat(vm.profileProblems()).isEmpty();

        vm.saveProfileAs("fornoyd-epj");
        ImportProfile saved = imports.savedProfile("fornoyd-epj").orElseThrow();
        ImportProfile.Question q = saved.survey().questions().get(0);
        assertThat(q.column()).isEqualTo("fornoyd_epj");
        assertThat(q.indicator()).isEqualTo("EPJ_KVALITET");
        assertThat(q.positive()).containsExactly("Fornøyd", "Svært fornøyd");
        assertThat(q.answers()).containsExactly("Fornøyd", "Svært fornøyd", "Misfornøyd");
        assertThat(q.excluded()).containsExactly("Vet ikke");

        // unchecking a valid answer takes it off the positive ones as well
        vm.checkAnswer(question, ImportWizardModel.AnswerList.ANSWERS, "Fornøyd", false);
        assertThat(question.positive()).containsExactly("Svært fornøyd");
    }

    @Test
    void aSavedProfilesCodesBecomeTheLabelsToChooseFrom() throws IOException {
        Path file = survey("helsepersonell-koder.csv", 400, 0);
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        assertThat(vm.questionProperty().get().column()).isEqualTo("epj_kvalitet");
        assertThat(vm.answerChoices()).containsExactly("Helt enig", "Ganske enig", "Verken enig eller uenig",
                "Ganske uenig", "Helt uenig", "Vet ikke");
    }

    @Test
    void theSummaryNamesTheIndicatorsAndPeriodsTheImportChanged() throws IOException {
        // the sample survey's 2024 answers as if they were 2025's: a year no batch holds
        List<String> lines = Files.readAllLines(Path.of("sample-data/helsepersonellundersokelsen-2021-2024.csv"),
                StandardCharsets.UTF_8);
        Path file = folder.resolve("helsepersonell-2025.csv");
        List<String> out = new java.util.ArrayList<>(List.of(lines.get(0)));
        lines.stream().skip(1).filter(l -> l.split(";")[1].equals("2024")).map(l -> l.replaceFirst(";2024;", ";2025;"))
                .forEach(out::add);
        Files.write(file, out, StandardCharsets.UTF_8);
        ImportWizardModel vm = wizard();
        vm.open(file);
        vm.next();
        vm.next();
        vm.next();

        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardModel.Step.SUMMARY);
        // in the catalogue's order, as the tree shows them
        assertThat(vm.changes()).extracting(ImportWizardModel.Change::text).containsExactly(
                "EPJ_KVALITET – EPJ-system bidrar til pasientarbeid med høy kvalitet: 2025",
                "ENKLERE_ARBEIDSHVERDAG – Enklere arbeidshverdag fra digital støtte: 2025",
                "TILGANG_PASIENTINFO – Opplevd tilgang til pasientinformasjon: 2025",
                "EPJ_EFFEKTIV – EPJ-systemet bidrar til effektivt pasientarbeid: 2025");
        assertThat(vm.firstChanged()).contains("EPJ_KVALITET");
        assertThat(vm.summaryProperty().get().periods().get("EPJ_KVALITET"))
                .containsExactly(no.framdrift.domain.Period.year(2025));
    }
}
