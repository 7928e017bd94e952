package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    @Test
    void optionWinsOverEnvironment() {
        Path p = DataFolder.resolve(Optional.of(Path.of("/tmp/a")), Map.of("FRAMDRIFT_DATA_DIR", "/tmp/b"), "Linux", "/home/x");
        assertThat(p).isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void environmentWinsOverPlatformDefault() {
        Path p = DataFolder.resolve(Optional.empty(), Map.of("FRAMDRIFT_DATA_DIR", "/tmp/b"), "Linux", "/home/x");
        assertThat(p).isEqualTo(Path.of("/tmp/b"));
    }

    @Test
    void platformDefaults() {
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Linux", "/home/kari"))
                .isEqualTo(Path.of("/home/kari/.local/share/framdrift"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data/x"), "Linux", "/home/kari"))
                .isEqualTo(Path.of("/data/x/framdrift"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of(), "Mac OS X", "/Users/kari"))
                .isEqualTo(Path.of("/Users/kari/Library/Application Support/Framdrift"));
        assertThat(DataFolder.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "C:/Users/kari/AppData/Local"),
                "Windows 11", "C:/Users/kari").toString().replace('\\', '/'))
                .isEqualTo("C:/Users/kari/AppData/Local/Framdrift");
    }
}
