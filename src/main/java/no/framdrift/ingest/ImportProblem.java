package no.framdrift.ingest;

/**
 * One problem in a file, for the analyst: where (row, column), what (value) and why (reason, in
 * Norwegian). Row 1 is the header; 0 means the file as a whole.
 */
public record ImportProblem(long row, String column, String value, String reason) {

    /** "Rad 12, kolonne «vekt»: Vekten må være større enn 0 (verdi: «-1»)". */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (row > 0) {
            sb.append("Rad ").append(row);
        } else {
            sb.append("Filen");
        }
        if (column != null && !column.isEmpty()) {
            sb.append(", kolonne «").append(column).append('»');
        }
        sb.append(": ").append(reason);
        if (value != null && !value.isEmpty()) {
            sb.append(" (verdi: «").append(value.length() > 60 ? value.substring(0, 60) + "…" : value).append("»)");
        }
        return sb.toString();
    }

    static ImportProblem of(FileProblem p) {
        return new ImportProblem(p.row(), p.column(), p.value(), p.reason());
    }
}
