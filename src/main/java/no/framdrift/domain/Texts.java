package no.framdrift.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one renderer of user-visible text: {@code i18n/messages*.properties} in one language. The
 * base bundle is Norwegian bokmål; the JVM's own locale is deliberately not a fallback, so an
 * English laptop still gets bokmål unless the user picks English. The window
 * ({@code ui.shell.Messages}) and the command line both render through it.
 */
public final class Texts {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The texts of a language; anything but English is bokmål. */
    public static Texts of(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(locale, b);
    }

    public Locale locale() {
        return locale;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
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
        return new MessageFormat(get(key), locale).format(args);
    }

    /** A message in this language; arguments that are messages are rendered first. */
    public String render(Message message) {
        List<Object> args = message.args();
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            Object a = args.get(i);
            out[i] = a instanceof Message inner ? render(inner) : a instanceof List<?> list ? joined(list) : a;
        }
        return format(message.key(), out);
    }

    /** A list argument (several problems at once) reads as its items joined by "; ". */
    private String joined(List<?> items) {
        StringBuilder b = new StringBuilder();
        for (Object item : items) {
            b.append(b.length() == 0 ? "" : "; ").append(item instanceof Message m ? render(m) : String.valueOf(item));
        }
        return b.toString();
    }
}
