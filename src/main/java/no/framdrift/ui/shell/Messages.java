package no.framdrift.ui.shell;

import no.framdrift.domain.Message;
import no.framdrift.domain.Texts;
import no.framdrift.domain.ValidationProblem;

/**
 * Every text the window shows, from {@code i18n/messages*.properties}, rendered by the one
 * renderer {@link Texts}. The base bundle is Norwegian bokmål; the JVM's own locale is
 * deliberately not a fallback, so an English laptop still gets bokmål unless the steward picks
 * English.
 */
public final class Messages {

    private final Language language;
    private final Texts texts;

    private Messages(Language language, Texts texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Messages of(Language language) {
        return new Messages(language, Texts.of(language.locale()));
    }

    public Language language() {
        return language;
    }

    public boolean has(String key) {
        return texts.has(key);
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
        return texts.get(key);
    }

    public String format(String key, Object... args) {
        return texts.format(key, args);
    }

    /** A period as the steward's language writes it: "des.25" in bokmål, "Dec 25" in English. */
    public String period(no.framdrift.domain.Period period) {
        return period == null ? "" : period.label(language.locale());
    }

    /** A message raised below the window (an import problem, a profile error) in the steward's language. */
    public String of(Message message) {
        return message == null ? "" : texts.render(message);
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
