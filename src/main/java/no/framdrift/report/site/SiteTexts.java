package no.framdrift.report.site;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import no.framdrift.domain.Status;

/** The site's interface texts ({@code i18n/site} bundle) in one language. */
final class SiteTexts {

    static final String BUNDLE = "i18n.site";

    private final SiteLanguage language;
    private final ResourceBundle bundle;

    SiteTexts(SiteLanguage language) {
        this.language = language;
        // no fallback to the JVM's locale: the Norwegian pages are Norwegian on any machine
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    SiteLanguage language() {
        return language;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    String status(Status status) {
        return status == null ? "" : get("site.status." + status.name());
    }

    String progress(String progress) {
        return progress == null ? get("site.progress.NO_DATA") : get("site.progress." + progress);
    }

    /** The arrow drawn before a change (hidden from screen readers: the words say it). */
    static String arrow(SiteModel.Change c) {
        if (!c.comparable()) {
            return "";
        }
        return switch (c.direction()) {
            case "UP" -> "▲";
            case "DOWN" -> "▼";
            default -> "▶";
        };
    }

    /** "+7 prosentpoeng siden 2023, utenfor feilmarginen"; the break text when not comparable. */
    String change(SiteModel.Change c) {
        if (!c.comparable()) {
            return format("site.change.break", c.from());
        }
        String amount = c.points() ? format("site.change.points", c.amount(), c.from())
                : format("site.change.percent", c.amount(), c.from());
        String margin = c.tested() ? ", " + get(c.outside() ? "site.change.outside" : "site.change.inside") : "";
        return amount + margin;
    }
}
