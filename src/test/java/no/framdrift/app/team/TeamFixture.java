package no.framdrift.app.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import no.framdrift.app.Workspace;
import no.framdrift.app.imports.ImportRequest;
import no.framdrift.domain.Indicator;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfiles;

/** Shared pieces of the team-workspace tests: a registry extract the sample workspace does not hold yet. */
final class TeamFixture {

    private TeamFixture() {
    }

    /** PLL for two new months (the sample has apr.–sep. 2025), distinct per tag so each file is new. */
    static Path pllExtract(Path dir, String tag, int withPll) throws IOException {
        Path f = dir.resolve("pll-" + tag + ".csv");
        Files.writeString(f, "maaned;omraade;antall_med_pll;befolkning\n"
                + "nov.25;Norge;" + withPll + ";5594340\n"
                + "des.25;Norge;" + (withPll + 100) + ";5594340\n", StandardCharsets.UTF_8);
        return f;
    }

    /** PLL for November and December of {@code year}: files of different years never overlap. */
    static Path pllExtract(Path dir, String tag, int withPll, int year) throws IOException {
        Path f = dir.resolve("pll-" + tag + ".csv");
        Files.writeString(f, "maaned;omraade;antall_med_pll;befolkning\n"
                + year + "-11;Norge;" + withPll + ";5594340\n"
                + year + "-12;Norge;" + (withPll + 100) + ";5594340\n", StandardCharsets.UTF_8);
        return f;
    }

    /** The indicator with another note (what a steward's edit of one field looks like). */
    static Indicator withNote(Indicator i, String note) {
        return new Indicator(i.code(), i.goal(), i.parent(), i.name(), i.measures(), i.about(), i.sources(), i.status(),
                i.frequency(), i.kind(), i.unit(), i.decimals(), i.higherIsBetter(), i.valueLabel(), i.timeAggregation(),
                i.baseline(), i.ambitions(), i.seriesBreaks(), i.parts(), note);
    }

    /** The indicator with another name. */
    static Indicator withName(Indicator i, String name) {
        return new Indicator(i.code(), i.goal(), i.parent(), name, i.measures(), i.about(), i.sources(), i.status(),
                i.frequency(), i.kind(), i.unit(), i.decimals(), i.higherIsBetter(), i.valueLabel(), i.timeAggregation(),
                i.baseline(), i.ambitions(), i.seriesBreaks(), i.parts(), i.note());
    }

    static ImportRequest pllImport(Workspace ws, Path file) {
        try {
            ImportProfile profile = ws.imports().loadProfile(Path.of("sample-data/profiles/pll.json").toString());
            return ImportRequest.of(file, profile);
        } catch (ImportProfiles.ProfileException e) {
            throw new IllegalStateException(e);
        }
    }
}
