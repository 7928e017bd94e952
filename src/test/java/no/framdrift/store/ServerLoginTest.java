package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerLoginTest {

    static final String URL = "jdbc:postgresql://tjener:5432/framdrift";

    @Test
    void theOptionWinsOverTheEnvironmentAndNoneMeansTheDataFolder() {
        Map<String, String> env = Map.of("FRAMDRIFT_DB", "jdbc:postgresql://annen:5432/x", "PGUSER", "kari",
                "PGPASSWORD", "hemmelig");
        ServerLogin l = ServerLogin.resolve(Optional.of(URL), Optional.empty(), env, "ola").orElseThrow();
        assertThat(l.url()).isEqualTo(URL);
        assertThat(l.user()).isEqualTo("kari");
        assertThat(l.password()).isEqualTo("hemmelig");
        assertThat(ServerLogin.resolve(Optional.empty(), Optional.of("per"), env, "ola").orElseThrow())
                .extracting(ServerLogin::url, ServerLogin::user).containsExactly("jdbc:postgresql://annen:5432/x", "per");
        assertThat(ServerLogin.resolve(Optional.empty(), Optional.empty(), Map.of(), "ola")).isEmpty();
        // no PGUSER: the login name; no PGPASSWORD: none (the driver reads ~/.pgpass)
        ServerLogin bare = ServerLogin.resolve(Optional.of(URL), Optional.empty(), Map.of(), "ola").orElseThrow();
        assertThat(bare.user()).isEqualTo("ola");
        assertThat(bare.password()).isNull();
    }

    @Test
    void thePasswordIsNeverPrintedAndTheAddressIsShownWithoutParameters() {
        ServerLogin l = new ServerLogin(URL + "?password=hemmelig&ssl=true", "kari", "hemmelig");
        assertThat(l.toString()).doesNotContain("hemmelig").contains("password=***");
        assertThat(l.where()).isEqualTo("tjener:5432/framdrift");
    }

    @Test
    void anAddressThatIsNotPostgresqlIsRefusedInNorwegian() {
        assertThatThrownBy(() -> new ServerLogin("jdbc:h2:file:/tmp/x", "kari", null))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("er ikke en adresse til en PostgreSQL-database");
    }
}
