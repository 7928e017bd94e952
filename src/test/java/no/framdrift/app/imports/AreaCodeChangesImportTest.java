package no.framdrift.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.ImportKind;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfile.AreaScheme;
import no.framdrift.store.Database;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.Transactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extracts in the 2020–2023 division import onto the 2024 areas (real H2 file). */
class AreaCodeChangesImportTest {

    @TempDir
    Path dir;
    Database db;
    Transactor tx;
    ImportService imports;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        tx = new Transactor(db.dsl());
        imports = new ImportService(tx, AreaDirectory::standard, () -> Set.of("PLL"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static ImportProfile registry(AreaScheme scheme, String areaColumn) {
        return new ImportProfile("kommuner-2023", ImportKind.REGISTRY, null, null, null,
                new ImportProfile.Registry("PLL", null, "periode", areaColumn, scheme, "teller", "nevner",
                        null, null, null), null, null);
    }

    Path file(String content) throws IOException {
        Path f = dir.resolve("pll-2023.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void a2023MunicipalityNumberLandsOnIts2024AreaWithANote() throws IOException {
        ImportSummary s = imports.importFile(ImportRequest.of(file("""
                periode,kommunenr,teller,nevner
                2023-12,3001,412,31444
                2023-12,5401,2050,77544
                2023-12,4601,9001,286930
                """), registry(AreaScheme.MUNICIPALITY_NUMBER, "kommunenr")));
        assertThat(s.rowsImported()).isEqualTo(3);
        assertThat(s.notes().stream().map(no.framdrift.domain.Message::norwegian)).containsExactly(
                "3001 Halden er kommunenummer fra inndelingen 2020–2023; ført på 3101 Halden (2024)",
                "5401 Tromsø er kommunenummer fra inndelingen 2020–2023; ført på 5501 Tromsø (2024)");
        List<RegistryValue> halden = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL",
                List.of("3101"), Period.month(2023, 12), Period.month(2023, 12)));
        assertThat(halden).singleElement().satisfies(v -> {
            assertThat(v.numerator()).isEqualTo(412.0);
            assertThat(v.denominator()).isEqualTo(31444.0);
        });
        List<RegistryValue> old = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL", List.of("3001"), null, null));
        assertThat(old).isEmpty();
    }

    @Test
    void anUnknownNumberAndASplitMunicipalityAreNamedInTheProblemList() throws IOException {
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file("""
                periode,kommunenr,teller,nevner
                2023-12,3001,412,31444
                2023-12,9999,1,10
                2023-12,1507,3000,67000
                """), registry(AreaScheme.MUNICIPALITY_NUMBER, "kommunenr"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.problems()).hasSize(2);
                    assertThat(r.problems().get(0).value()).isEqualTo("9999");
                    assertThat(r.problems().get(0).reason()).isEqualTo("Ukjent kommunenummer");
                    assertThat(r.problems().get(1).value()).isEqualTo("1507");
                    assertThat(r.problems().get(1).reason()).isEqualTo("1507 Ålesund er kommunenummer fra inndelingen "
                            + "2020–2023 og ble delt 1.1.2024 i 1508 Ålesund, 1580 Haram; tallene kan ikke fordeles på "
                            + "dem uten data for hver del");
                });
    }

    @Test
    void aSplitCountyIsRefusedWithTheExactReasonWhileRenumberedOnesNeedNoCounty() throws IOException {
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file("""
                periode,fylke,teller,nevner
                2023-12,30,50000,1300000
                2023-12,46,9001,640000
                """), registry(AreaScheme.COUNTY, "fylke"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> assertThat(r.problems()).singleElement()
                        .satisfies(p -> assertThat(p.reason()).isEqualTo("30 Viken er fylkesnummer fra inndelingen "
                                + "2020–2023 og ble delt 1.1.2024 i 31 Østfold, 32 Akershus, 33 Buskerud; tallene kan "
                                + "ikke fordeles på dem uten data for hver del (bruk kommunenummer)")));
    }
}
