package no.framdrift.ui.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import no.framdrift.app.Workspace;
import no.framdrift.app.export.ExportService;

/**
 * The benchmark's eyes in the real window (issue 16, {@code bench/side-by-side.sh}): with
 * {@code -Dframdrift.probe=true} the app prints, on standard output, how long after the process
 * started the window was usable (shown, laid out and drawn, with no background work left), and with
 * {@code -Dframdrift.probe.deck=FILE} then exports the report deck the way Rapport → Eksporter does
 * (the same {@link ExportService} call on a background thread) and prints how long that took; then
 * it quits. Without the property nothing happens. Lines: {@code probe window-usable-ms=N} and
 * {@code probe deck-ms=N steps=… cpu-ms=…} (the last: CPU of the whole process during the export).
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("framdrift.probe");
    }

    private static final StringBuilder PHASES = new StringBuilder();

    /** Notes when a step of the start was reached ("toolkit", "opened", "built"), printed with the usable line. */
    static void reached(String phase) {
        if (enabled()) {
            synchronized (PHASES) {
                PHASES.append(' ').append(phase).append('=').append(sinceProcessStart().toMillis());
            }
        }
    }

    /**
     * Call right after the window was shown; measures once the window has drawn two frames with its
     * tasks done and the overview loaded ({@code overviewLoading} false).
     */
    static void windowShown(Workspace workspace, FxBackgroundTasks tasks,
                            javafx.beans.value.ObservableBooleanValue overviewLoading) {
        if (!enabled()) {
            return;
        }
        new AnimationTimer() {
            private int quietFrames;

            @Override
            public void handle(long now) {
                // two frames drawn in a row with no background work: the overview is on screen
                quietFrames = tasks.running().get() == 0 && !overviewLoading.get() ? quietFrames + 1 : 0;
                if (quietFrames < 2) {
                    return;
                }
                stop();
                long ms = sinceProcessStart().toMillis();
                String phases;
                synchronized (PHASES) {
                    phases = PHASES.toString();
                }
                long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
                long cpu = java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
                System.out.printf(Locale.ROOT, "probe window-usable-ms=%d%s fx-thread-cpu=%d process-cpu=%d%n", ms, phases,
                        fxCpu, cpu);
                Optional<Path> deck = Optional.ofNullable(System.getProperty("framdrift.probe.deck")).map(Path::of);
                if (deck.isEmpty()) {
                    Platform.exit();
                    return;
                }
                Thread export = new Thread(() -> exportDeck(workspace, deck.get()), "framdrift-probe-deck");
                export.setDaemon(true);
                export.start();
            }
        }.start();
    }

    private static void exportDeck(Workspace workspace, Path file) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        int[] slides = {0};
        try {
            ExportService.of(workspace).exportDeckStepwise(file, Optional.empty(), (done, total, what) -> slides[0] = total);
            // the CPU of the whole process meanwhile (every thread: the export's, the JIT's, the GC's, the window's)
            System.out.printf(Locale.ROOT, "probe deck-ms=%d steps=%d cpu-ms=%d%n", (System.nanoTime() - start) / 1_000_000,
                    slides[0], (processCpuNanos() - cpuStart) / 1_000_000);
        } catch (Exception e) {
            System.out.println("probe deck-failed " + e.getClass().getSimpleName());
        } finally {
            Platform.runLater(Platform::exit);
        }
    }

    /** CPU time of the whole process so far, in nanoseconds (-1 where the JVM cannot tell). */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /**
     * Time since the process was started (exec), to 10 ms: on Linux from the kernel's own clock
     * since boot ({@code /proc/self/stat} start time against {@code /proc/uptime}).
     * {@link ProcessHandle.Info#startInstant()} is not used: it adds the boot time from
     * {@code /proc/stat}, which is whole seconds, so it runs up to a second early (0.8 s on the
     * machine where this was found, so every start looked 0.8 s slower than it was). Elsewhere: since
     * the JVM started.
     */
    static Duration sinceProcessStart() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            // the fields after the command name "(…)": state is field 3, starttime field 22 (clock ticks since boot)
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long startTicks = Long.parseLong(f[22 - 3]);
            double uptime = Double.parseDouble(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime")).split(" ")[0]);
            return Duration.ofMillis(Math.round((uptime - startTicks / (double) USER_HZ) * 1000));
        } catch (java.io.IOException | RuntimeException e) {
            Instant started = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            return Duration.between(started, Instant.now());
        }
    }

    /** The kernel's clock ticks per second in /proc (USER_HZ, 100 on every Linux that runs this). */
    private static final int USER_HZ = 100;
}
