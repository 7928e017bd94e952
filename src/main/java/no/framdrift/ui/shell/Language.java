package no.framdrift.ui.shell;

import java.util.Locale;

/** The languages the window speaks; Norwegian bokmål first. */
public enum Language {
    NORWEGIAN_BOKMAL(Locale.forLanguageTag("nb-NO")),
    ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    static Language fromName(String name) {
        for (Language l : values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        return NORWEGIAN_BOKMAL;
    }
}
