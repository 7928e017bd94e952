package no.framdrift.app;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs long work (export, import, recompute) away from the window's thread and hands the result
 * back where the caller can touch the screen. The window uses a thread pool whose callbacks run on
 * the JavaFX thread; tests and the command line use {@link #sameThread()}.
 */
public interface BackgroundTasks {

    /**
     * Runs {@code work}; exactly one of {@code onSuccess} or {@code onFailure} is called afterwards.
     *
     * @param name a short name for logs and thread names (never row contents)
     */
    <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /** Runs the work at once on the calling thread: deterministic, for tests and scripts. */
    static BackgroundTasks sameThread() {
        return new BackgroundTasks() {
            @Override
            public <T> void run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                Consumer<? super Exception> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
