package no.framdrift.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import no.framdrift.app.overview.DueItem;
import no.framdrift.app.overview.Overview;
import org.junit.jupiter.api.Test;
import no.framdrift.app.overview.OverviewTile;

class OverviewTextsTest {

    private final OverviewTexts nb = OverviewTexts.norwegian();

    @Test
    void valuesInNorwegianFormat() {
        assertThat(nb.value(OverviewFixture.PLL)).isEqualTo("1,5 %");
        assertThat(nb.period(OverviewFixture.PLL)).isEqualTo("okt.25");
        assertThat(nb.value(OverviewFixture.EPJ)).isEqualTo("52 %");
        assertThat(nb.value(OverviewFixture.HELSEDATA)).isEqualTo("244");
        assertThat(nb.period(OverviewFixture.HELSEDATA)).isEqualTo("1. halvår 2025");
        assertThat(nb.value(OverviewFixture.PLUNDER)).isEqualTo("Ingen data");
        // a composite without a value of its own but with parts that have values says so
        no.framdrift.app.overview.OverviewTile withParts = new no.framdrift.app.overview.OverviewTile("TILGANG", "Tilgjengelighet", "KVALITET",
                no.framdrift.domain.Status.KLAR, no.framdrift.domain.IndicatorKind.COMPOSITE, no.framdrift.domain.Unit.PERCENT,
                0, true, null, null, java.util.List.of(), null, null, java.util.List.of(OverviewFixture.PLL), null, null);
        assertThat(nb.value(withParts)).isEqualTo("Ingen samlet verdi");
    }

    @Test
    void changeAndMargin() {
        assertThat(nb.change(OverviewFixture.EPJ.change(), 0)).isEqualTo("+7 prosentpoeng siden 2023");
        assertThat(nb.margin(OverviewFixture.EPJ.change())).isEqualTo("utenfor feilmarginen");
        assertThat(nb.change(OverviewFixture.PLL.change(), 1)).isEqualTo("+0,2 prosentpoeng siden sep.25");
        assertThat(nb.margin(OverviewFixture.PLL.change())).isEmpty(); // a registry count has no sampling error
        assertThat(nb.change(OverviewFixture.HELSEDATA.change(), 0)).isEqualTo("+19 % siden 2. halvår 2024");
    }

    @Test
    void dueRows() {
        Overview o = OverviewFixture.overview(OverviewFixture.TODAY);
        DueItem pll = o.due().get(0);
        assertThat(nb.dueWhat(pll)).isEqualTo("Nye data for nov.25");
        assertThat(nb.dueWhen(pll)).isEqualTo("Forsinket 41 dager (frist des.25)");
        DueItem epj = o.due().get(2);
        assertThat(nb.dueWhat(epj)).isEqualTo("Nye data for 2025");
        assertThat(nb.dueWhen(epj)).isEqualTo("Frist Q1 2026");
    }

    @Test
    void norwegianEvenOnAnEnglishMachineAndEnglishWhenAsked() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(OverviewTexts.norwegian().get("filter.onlyOverdue")).isEqualTo("Bare forsinkede");
            assertThat(new OverviewTexts(Locale.ENGLISH).get("filter.onlyOverdue")).isEqualTo("Only overdue");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws java.io.IOException {
        assertThat(keys("/i18n/overview_en.properties")).isEqualTo(keys("/i18n/overview.properties"));
    }

    private static java.util.Set<Object> keys(String resource) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(OverviewTextsTest.class.getResourceAsStream(resource),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.keySet();
    }
}
