package no.framdrift.report.site;

import java.util.Locale;

/** The site's two languages: bokmål pages are {@code x.html}, English ones {@code x.en.html}. */
public enum SiteLanguage {
    NB("nb", Locale.forLanguageTag("nb-NO"), ".html"),
    EN("en", Locale.ENGLISH, ".en.html");

    private final String tag;
    private final Locale locale;
    private final String suffix;

    SiteLanguage(String tag, Locale locale, String suffix) {
        this.tag = tag;
        this.locale = locale;
        this.suffix = suffix;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public SiteLanguage other() {
        return this == NB ? EN : NB;
    }

    /** The page's file in this language: "index.html" → "index.en.html" for English. */
    public String file(String page) {
        return base(page) + suffix;
    }

    /** A page's file without language: "index.en.html" → "index". */
    static String base(String file) {
        if (file.endsWith(EN.suffix)) {
            return file.substring(0, file.length() - EN.suffix.length());
        }
        if (file.endsWith(NB.suffix)) {
            return file.substring(0, file.length() - NB.suffix.length());
        }
        return file;
    }
}
