package no.framdrift.report.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The open-data download: one CSV per published indicator (the rows of {@code values CODE
 * --format csv}; a suppressed cell is ":" and never a number), each indicator's definition as
 * {@code CODE.metadata.json}, all of them in {@code metadata.json}, and a README with the
 * sources, the licence and how the values are computed.
 */
public final class OpenDataZip {

    /** The zip's name in the site's {@code data/} folder. */
    public static final String FILE_NAME = "framdrift-data.zip";
    /** The licence the figures are published under. */
    public static final String LICENCE = "Creative Commons Navngivelse 4.0 (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Writes the zip; the stream is finished, not closed. */
    public void write(SiteModel model, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "README.md", readme(model));
        StringBuilder all = new StringBuilder("[\n");
        boolean first = true;
        for (SiteModel.Page page : model.pages()) {
            entry(zip, SiteWriter.csvFile(page.code()), page.csv());
            entry(zip, SiteWriter.metadataFile(page.code()), page.metadataJson());
            all.append(first ? "" : ",\n").append(page.metadataJson().strip());
            first = false;
        }
        entry(zip, "metadata.json", all.append("\n]\n").toString());
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The README: what is in the zip, where the numbers come from, the licence and the method. */
    static String readme(SiteModel model) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(model.title()).append(" – åpne data\n\n");
        if (model.sample()) {
            b.append("**Eksempeldata – ikke offisielle tall.** Tallene er laget for å vise hvordan Framdrift virker.\n\n");
        }
        b.append("Publisert ").append(DATE.format(model.published())).append(", katalogversjon ")
                .append(model.catalogueVersion()).append(". Laget med Framdrift.\n\n");
        b.append("## Innhold\n\n");
        b.append("- `KODE.csv`: de publiserte verdiene for én indikator, én rad per periode, område og gruppe.\n");
        b.append("- `KODE.metadata.json`: indikatorens definisjon (navn, hva den måler, kilder, status, frekvens, ")
                .append("ambisjoner, brudd i tidsserien, merknader).\n");
        b.append("- `metadata.json`: alle definisjonene i én liste.\n\n");
        b.append("| kode | indikator |\n| --- | --- |\n");
        for (SiteModel.Page p : model.pages()) {
            b.append("| ").append(p.code()).append(" | ").append(p.name().replace("|", "/")).append(" |\n");
        }
        b.append("\n## Kolonnene i CSV-filene\n\n");
        b.append("`period,area,group,value,numerator,denominator,n,se,ci_low,ci_high,suppressed,batch,growth_1y,growth_2y,note` ")
                .append("(og eventuelt flere til slutt). Punktum som desimaltegn, komma som skilletegn, UTF-8. Andeler er brøker ")
                .append("0–1 (0.121 = 12,1 %). Tomt betyr «gjelder ikke». En prikket celle (for få svar eller for lavt antall) ")
                .append("har `:` som verdi, `suppressed` = `true` og ingen tall i noen kolonne.\n\n");
        b.append("## Kilder\n\n");
        Set<String> sources = new LinkedHashSet<>();
        model.pages().forEach(p -> sources.addAll(p.sources()));
        for (String s : sources) {
            b.append("- ").append(s).append('\n');
        }
        b.append("\n## Lisens\n\n").append(LICENCE)
                .append(". Oppgi kilden (indikatorens kilde og «Nasjonale e-helseindikatorer») når tallene brukes.\n\n");
        b.append("## Slik er verdiene beregnet\n\n");
        b.append("- **Andeler fra spørreundersøkelser** (per år og undergruppe): vektet andel p = Σwᵢyᵢ / Σwᵢ over gyldige svar; ")
                .append("standardfeil ved Taylor-linearisering (som R `survey::svymean`), for undergrupper som domener med hele årets n; ")
                .append("95 %-intervall på logit-skala med t(0,975; n−1) (som `svyciprop(method=\"logit\")`). En endring mellom to år ")
                .append("er utenfor feilmarginen når |z| > 1,96 med z = (p₂ − p₁) / √(SE₁² + SE₂²). Ingen sammenligning over et brudd ")
                .append("i tidsserien.\n");
        b.append("- **Andeler fra registre**: sum av tellere delt på sum av nevnere over områder og måneder (aldri et snitt av ")
                .append("andeler); over tid etter indikatorens tidsaggregering. Perioder som ikke er dekket helt, er merket ")
                .append("«Ufullstendig periode».\n");
        b.append("- **Befolkningsvektet tilgjengelighet**: befolkningen i kommuner (eller listepasientene hos fastleger) som ")
                .append("bruker tjenesten, delt på hele befolkningen. **Andel enheter**: enheter som bruker tjenesten, delt på alle.\n");
        b.append("- **Antall** summeres, med vekst mot samme periode ett og to år før (prosent).\n");
        b.append("- **Prikking**: færre enn 30 gyldige svar i en celle, eller et registertall under 5, vises som `:` og ")
                .append("publiseres aldri som tall.\n");
        b.append("- **Framdrift**: en rett linje fra utgangsverdien til hver ambisjon; status (I rute, Risiko, Ikke i rute) ")
                .append("etter avstanden til linjen i siste periode.\n");
        return b.toString();
    }
}
