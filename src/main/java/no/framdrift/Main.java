package no.framdrift;

import no.framdrift.cli.FramdriftCommand;
import no.framdrift.ui.FramdriftApp;

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
        if (FramdriftCommand.opensWindow(args)) {
            FramdriftApp.launchWindow(args);
        } else {
            System.exit(FramdriftCommand.run(args));
        }
    }
}
