package no.framdrift.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import no.framdrift.app.Workspace;

/**
 * Opens an existing data folder on a thread of its own while JavaFX starts (issue 16): the toolkit
 * (display connection, fonts, the first stage) and the database (lock, migrations check, the
 * workspace's own checks) each take a good part of a second, and on two cores they need not wait
 * for each other. {@link WorkspaceOpening} then takes the result as if it had opened the folder
 * itself, with the same handling of a damaged folder or one already in use.
 */
final class EarlyOpening {

    private final Path folder;
    private final CompletableFuture<Workspace> result = new CompletableFuture<>();

    private EarlyOpening(Path folder) {
        this.folder = folder;
    }

    static EarlyOpening start(Path folder) {
        EarlyOpening o = new EarlyOpening(folder);
        Thread t = new Thread(() -> {
            try {
                Workspace ws = Workspace.open(folder);
                StartupProbe.reached("database");
                o.result.complete(ws);
            } catch (RuntimeException | Error e) {
                o.result.completeExceptionally(e);
            }
        }, "framdrift-open-early");
        t.setDaemon(true);
        t.start();
        return o;
    }

    /** This opening, if it is of that folder; otherwise (never expected) the workspace it opened is closed. */
    Optional<EarlyOpening> of(Path wanted) {
        if (wanted.equals(folder)) {
            return Optional.of(this);
        }
        result.thenAccept(Workspace::close);
        return Optional.empty();
    }

    /** Waits for the workspace; throws what {@link Workspace#open(Path)} threw. */
    Workspace get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
