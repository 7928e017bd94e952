package no.framdrift.ui.shell;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.framdrift.domain.ValidationProblem;

/**
 * Every text the window shows, from {@code i18n/messages*.properties}. The base bundle is
 * Norwegian bokmål; the JVM's own locale is deliberately not a fallback, so an English laptop
 * still gets bokmål unless the steward picks English.
 */
public final class Messages {

    static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static Messages of(Language language) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(language, b);
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * How a background variable of an import profile is shown ("kjonn" → "Kjønn"): the bundle's
     * {@code variable.NAME} if there is one, else the name with a capital first letter.
     */
    public String variable(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        String key = "variable." + name.toLowerCase(java.util.Locale.ROOT);
        return has(key) ? get(key) : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    /** The text for a key; a missing key shows as itself in brackets so it is noticed, never crashes. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), language.locale());
        return f.format(args);
    }

    /** "Klar", "Under arbeid", "Kvartalsvis" …: key {@code enum.<Type>.<CONSTANT>}. */
    public String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return has(key) ? get(key) : value.name();
    }

    /** A validation problem in the steward's language, the domain's Norwegian text as fallback. */
    public String of(ValidationProblem problem) {
        return has(problem.messageKey()) ? get(problem.messageKey()) : problem.message();
    }
}
