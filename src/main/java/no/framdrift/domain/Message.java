package no.framdrift.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text for a person, not yet in any language: a key of {@code i18n/messages*.properties} and
 * its arguments. Layers below the window and the command line ({@code ingest}, {@code stats},
 * {@code app}) raise problems as messages; the edge renders them with {@link Texts} in the user's
 * language. An argument that is itself a message is rendered first ("Telleren mangler": the
 * column's role is a message too).
 */
public record Message(String key, List<Object> args) {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = List.copyOf(Arrays.asList(args.toArray()).stream().map(a -> a == null ? "" : a).toList());
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The text in a language. */
    public String in(Locale locale) {
        return Texts.of(locale).render(this);
    }

    /** The text in Norwegian bokmål, the default language (logs and the command line). */
    public String norwegian() {
        return in(Texts.NORWEGIAN);
    }

    @Override
    public String toString() {
        return norwegian();
    }
}
