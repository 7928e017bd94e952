package no.framdrift.ingest;

import no.framdrift.domain.Message;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a CSV file is written: detected by {@link CsvFiles#detect}, shown to the analyst, and
 * overridable by passing another one to {@link CsvFiles#open}.
 *
 * @param charset UTF-8, windows-1252 (or UTF-16 with a byte order mark)
 * @param bom whether the file starts with a byte order mark (it is skipped when reading)
 * @param delimiter ',', ';' or tab
 * @param decimalSeparator ',' or '.'
 */
public record CsvFormat(Charset charset, boolean bom, char delimiter, char decimalSeparator) {

    public CsvFormat {
        if (charset == null) {
            throw new IllegalArgumentException("charset mangler");
        }
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("ugyldig skilletegn");
        }
        if (decimalSeparator != ',' && decimalSeparator != '.') {
            throw new IllegalArgumentException("desimaltegnet må være komma eller punktum");
        }
    }

    public CsvFormat withCharset(Charset newCharset, boolean newBom) {
        return new CsvFormat(newCharset, newBom, delimiter, decimalSeparator);
    }

    public CsvFormat withDelimiter(char newDelimiter) {
        return new CsvFormat(charset, bom, newDelimiter, decimalSeparator);
    }

    public CsvFormat withDecimalSeparator(char newDecimalSeparator) {
        return new CsvFormat(charset, bom, delimiter, newDecimalSeparator);
    }

    /** "CSV, UTF-8 med BOM, skilletegn semikolon, desimalkomma" / "CSV, UTF-8 with BOM, delimiter semicolon, decimal comma". */
    public Message describe() {
        return Message.of("format.csv", charsetName(), delimiterName(delimiter),
                Message.of(decimalSeparator == ',' ? "format.decimal.comma" : "format.decimal.point"));
    }

    private Message charsetName() {
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8"
                : charset.name().equalsIgnoreCase("windows-1252") ? "Windows-1252"
                : charset.name();
        if (charset.equals(StandardCharsets.UTF_8) || charset.name().startsWith("UTF-16")) {
            return Message.of(bom ? "format.charset.bom" : "format.charset.noBom", name);
        }
        return Message.of("format.charset", name);
    }

    static Message delimiterName(char c) {
        return switch (c) {
            case ';' -> Message.of("format.delimiter.semicolon");
            case ',' -> Message.of("format.delimiter.comma");
            case '\t' -> Message.of("format.delimiter.tab");
            case '|' -> Message.of("format.delimiter.bar");
            case ' ' -> Message.of("format.delimiter.space");
            default -> Message.of("format.delimiter.other", String.valueOf(c));
        };
    }
}
