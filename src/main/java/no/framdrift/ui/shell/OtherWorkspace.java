package no.framdrift.ui.shell;

import java.nio.file.Path;
import no.framdrift.store.ServerLogin;

/**
 * What "Bruk lokal datamappe…" or "Koble til teamdatabase…" chose to open instead of the current
 * workspace. A local folder is opened like at start-up ({@link WorkspaceOpening}: a damaged folder
 * offers "Gjenopprett fra sikkerhetskopi"); a team database is connected to.
 */
sealed interface OtherWorkspace {

    /** A local data folder. */
    record Folder(Path folder) implements OtherWorkspace {
    }

    /** A team workspace on PostgreSQL. */
    record Team(ServerLogin login) implements OtherWorkspace {
    }
}
