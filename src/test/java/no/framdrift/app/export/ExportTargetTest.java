package no.framdrift.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18, point 9: an export never replaces a write-protected file or a symbolic link. */
class ExportTargetTest {

    @TempDir
    Path dir;

    @Test
    void aWriteProtectedFileAndALinkAreLeftAsTheyAre() throws Exception {
        Path locked = dir.resolve("rapport.png");
        Files.writeString(locked, "gammel");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> ExportService.writeAtomically(locked, out -> out.write(1)))
                .isInstanceOf(ExportService.ExportRefused.class).hasMessageEndingWith("er skrivebeskyttet og erstattes ikke");
        assertThat(Files.readString(locked)).isEqualTo("gammel");

        Path real = dir.resolve("ekte.png");
        Files.writeString(real, "ekte");
        Path link = Files.createSymbolicLink(dir.resolve("lenke.png"), real);
        assertThatThrownBy(() -> ExportService.writeAtomically(link, out -> out.write(1)))
                .hasMessageContaining("er en snarvei (symbolsk lenke) og erstattes ikke");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("ekte");

        Path fresh = dir.resolve("ny.png");
        ExportService.writeAtomically(fresh, out -> out.write("ny".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(fresh)).isEqualTo("ny");
    }
}
