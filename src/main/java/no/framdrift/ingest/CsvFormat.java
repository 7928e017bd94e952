package no.framdrift.ingest;

import java.nio.charset.Charset;

/** STAND-IN until the readers branch is merged. */
public record CsvFormat(Charset charset, boolean bom, char delimiter, char decimalSeparator) {
    public String describe() {
        return charset.name() + (bom ? " med BOM" : "") + ", skilletegn " + (delimiter == '\t' ? "tab" : String.valueOf(delimiter))
                + ", desimaltegn " + decimalSeparator;
    }
}
