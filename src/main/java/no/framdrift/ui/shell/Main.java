package no.framdrift.ui.shell;

import no.framdrift.cli.RootCommand;

/**
 * Entry point of {@code framdrift.jar} and of the packaged launcher: no arguments (or only
 * {@code --data-dir}) open the window, a command runs the command line. Deliberately not a
 * JavaFX {@code Application}, so the class-path jar starts without the JavaFX launcher checks.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (RootCommand.opensWindow(args)) {
            FramdriftApp.launchWindow(args);
        } else {
            System.exit(RootCommand.run(args));
        }
    }
}
