package no.framdrift.ui.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import no.framdrift.app.overview.CatalogueOverviewService;
import no.framdrift.app.Workspace;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.stats.ProgressSettings;

/**
 * Opens the overview with the real sample catalogue and made-up values shaped like the seed deck's
 * figures, for screenshots (README). Not a test and not shipped: it lives in test scope.
 * {@code -Ddemo.exitAfter=SECONDS} closes it by itself.
 */
public final class OverviewDemo {

    private OverviewDemo() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Map<String, List<IndicatorValue>> values = demoValues();
            CatalogueOverviewService service = new CatalogueOverviewService(Workspace::sampleCatalogue,
                    code -> values.getOrDefault(code, List.of()), code -> List.of(), ProgressSettings.DEFAULTS);
            // a fixed day (as in the tests) unless -Ddemo.today=true
            OverviewViewModel model = Boolean.getBoolean("demo.today")
                    ? OverviewViewModel.forApp(service, code -> System.out.println("Åpne " + code))
                    : new OverviewViewModel(service, () -> LocalDate.of(2026, 2, 10),
                            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                                Thread t = new Thread(r, "demo-loader");
                                t.setDaemon(true);
                                return t;
                            }), Platform::runLater, code -> System.out.println("Åpne " + code));
            OverviewView view = new OverviewView(model);
            Stage stage = new Stage();
            stage.setTitle("Framdrift – oversikt");
            stage.setScene(new Scene(view, 1400, 900));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            model.refresh();
            long exitAfter = Long.getLong("demo.exitAfter", 0L);
            if (exitAfter > 0) {
                Thread t = new Thread(() -> {
                    try {
                        Thread.sleep(exitAfter * 1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.exit();
                });
                t.setDaemon(true);
                t.start();
            }
        });
    }

    static Map<String, List<IndicatorValue>> demoValues() {
        Map<String, List<IndicatorValue>> v = new HashMap<>();
        String[] months = {"2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10"};
        double[] pll = {0.010, 0.010, 0.011, 0.011, 0.012, 0.013, 0.015};
        for (int i = 0; i < months.length; i++) {
            add(v, "PLL", months[i], pll[i], null);
        }
        survey(v, "EPJ_KVALITET", 2021, 0.58, 0.51, 0.45, 0.52);
        survey(v, "EPJ_EFFEKTIV", 2021, 0.55, 0.48, 0.44, 0.49);
        survey(v, "TILGANG_PASIENTINFO", 2021, 0.28, 0.29, 0.31, 0.34);
        survey(v, "ENKLERE_ARBEIDSHVERDAG", 2021, 0.41, 0.38, 0.37, 0.40);
        survey(v, "DIGITAL_KONTAKT", 2019, 0.55, 0.63, 0.68, 0.70, 0.73, 0.75);
        survey(v, "TILLIT", 2023, 0.72, 0.72);
        survey(v, "VELFERDSTEKNOLOGI", 2022, 0.78, 0.83, 0.86);
        survey(v, "RADSMODELL", 2023, 0.76, 0.72);
        survey(v, "RADSMODELL_RELEVANS", 2023, 0.87, 0.79);
        survey(v, "RADSMODELL_ANBEFALINGER", 2023, 0.64, 0.67);
        String[] halves = {"2023H1", "2023H2", "2024H1", "2024H2", "2025H1"};
        double[] applications = {167, 190, 183, 205, 244};
        for (int i = 0; i < halves.length; i++) {
            add(v, "HELSEDATA", halves[i], applications[i], null);
        }
        quarters(v, "FULLMAKT", 2024, 1, 0.094, 0.096, 0.097, 0.101, 0.108, 0.112);
        quarters(v, "DIGIHELSESTASJON", 2024, 1, 0.35, 0.38, 0.41, 0.44, 0.47, 0.50, 0.52);
        quarters(v, "DIGIHELSE", 2024, 1, 0.62, 0.64, 0.65, 0.67, 0.69, 0.70, 0.71);
        quarters(v, "DDFL", 2024, 1, 0.85, 0.86, 0.88, 0.89, 0.91, 0.93, 0.94);
        return v;
    }

    private static void survey(Map<String, List<IndicatorValue>> v, String code, int firstYear, double... shares) {
        for (int i = 0; i < shares.length; i++) {
            add(v, code, Integer.toString(firstYear + i), shares[i], 0.011);
        }
    }

    private static void quarters(Map<String, List<IndicatorValue>> v, String code, int year, int quarter,
            double... shares) {
        Period p = Period.quarter(year, quarter);
        for (double s : shares) {
            add(v, code, p.code(), s, null);
            p = p.next();
        }
    }

    private static void add(Map<String, List<IndicatorValue>> v, String code, String period, double value, Double se) {
        v.computeIfAbsent(code, c -> new ArrayList<>()).add(new IndicatorValue(code, Period.parseOrThrow(period),
                IndicatorValue.NATIONAL, "", value, null, null, 2000L, se, null, null, false, "demo", null));
    }
}
