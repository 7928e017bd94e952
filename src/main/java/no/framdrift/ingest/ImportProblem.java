package no.framdrift.ingest;

import java.util.Locale;
import no.framdrift.domain.Message;
import no.framdrift.domain.Texts;

/**
 * One problem in a file, for the analyst: where (row, column), what (value) and why (a
 * {@link Message}, rendered in the analyst's language by the window or the command line). Row 1
 * is the header; 0 means the file as a whole.
 */
public record ImportProblem(long row, String column, String value, Message why) {

    /** Why, in Norwegian bokmål (the command line's language, and tests). */
    public String reason() {
        return why.norwegian();
    }

    /** Why, in a language. */
    public String reason(Locale locale) {
        return why.in(locale);
    }

    /** "Rad 12, kolonne «vekt»: Vekten må være større enn 0 (verdi: «-1»)", in Norwegian. */
    public String describe() {
        return describe(Texts.NORWEGIAN);
    }

    /** "Row 12, column «vekt»: The weight must be greater than 0 (value: «-1»)". */
    public String describe(Locale locale) {
        return describe(row, column, value, why, locale);
    }

    static String describe(long row, String column, String value, Message why, Locale locale) {
        Texts t = Texts.of(locale);
        String reason = t.render(why);
        boolean hasColumn = column != null && !column.isEmpty();
        String where;
        if (row > 0) {
            where = hasColumn ? t.format("problem.where.rowColumn", String.valueOf(row), column)
                    : t.format("problem.where.row", String.valueOf(row));
        } else {
            where = hasColumn ? t.format("problem.where.column", column) : null;
        }
        String text = where == null ? reason : t.format("problem.text", where, reason);
        if (value != null && !value.isEmpty()) {
            text = t.format("problem.text.value", text, value.length() > 60 ? value.substring(0, 60) + "…" : value);
        }
        return text;
    }

    static ImportProblem of(FileProblem p) {
        return new ImportProblem(p.row(), p.column(), p.value(), p.reason());
    }
}
