package no.framdrift.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The peer of {@code framdrift import} + {@code framdrift values EPJ_KVALITET --by profesjon}, run as
 * its own process by {@link SideBySide}: DuckDB (through its JDBC driver, found on the class path
 * at run time: {@code mvn -Pbench}) loads the same CSV into a DuckDB database file and computes the
 * same weighted shares and standard errors by year × profession in SQL, with the formulas of
 * {@code no.framdrift.stats.SurveyShares} (DESIGN.md, Statistics):
 * <ul>
 * <li>valid answers are codes 1–5 (9 = "Vet ikke" and blanks are not), positive 4 and 5;</li>
 * <li>{@code p = Σw·y / Σw} over the profession's valid answers of the year;</li>
 * <li>{@code SE² = n/(n−1) · [S₁(1−p)² + S₀p²] / (Σw)²}, S₁ and S₀ the Σw² of positive and other valid
 * answers in the profession, n the year's number of valid answers.</li>
 * </ul>
 * Prints one line per year and profession: {@code year;profession;p;se;n}, doubles in full.
 *
 * <pre>java -cp target/test-classes:duckdb_jdbc.jar no.framdrift.bench.DuckDbPeer FILE.csv DB.duckdb</pre>
 */
public final class DuckDbPeer {

    static final String QUERY = """
            WITH v AS (
              SELECT aar, profesjon, vekt AS w, CASE WHEN epj_kvalitet IN (4, 5) THEN 1.0 ELSE 0.0 END AS y
              FROM survey WHERE epj_kvalitet BETWEEN 1 AND 5),
            yr AS (SELECT aar, count(*) AS n FROM v GROUP BY aar),
            d AS (
              SELECT aar, profesjon, count(*) AS nd, sum(w * y) AS sw1, sum(w) AS sw,
                     sum(w * w * y) AS s1, sum(w * w * (1.0 - y)) AS s0
              FROM v GROUP BY aar, profesjon)
            SELECT d.aar, d.profesjon, d.sw1 / d.sw AS p,
                   sqrt(yr.n / (yr.n - 1.0) * (d.s1 * (1.0 - d.sw1 / d.sw) * (1.0 - d.sw1 / d.sw)
                        + d.s0 * (d.sw1 / d.sw) * (d.sw1 / d.sw)) / (d.sw * d.sw)) AS se,
                   d.nd
            FROM d JOIN yr ON d.aar = yr.aar
            ORDER BY d.aar, d.profesjon""";

    private DuckDbPeer() {
    }

    public static void main(String[] args) throws SQLException, java.io.IOException {
        Path csv = Path.of(args[0]).toAbsolutePath();
        Path db = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + ".wal"));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            // "import": the whole file into a table of the database file
            s.execute("CREATE TABLE survey AS SELECT * FROM read_csv('" + csv.toString().replace("'", "''")
                    + "', delim = ';', header = true, decimal_separator = ',')");
            // "values EPJ_KVALITET --by profesjon"
            try (ResultSet r = s.executeQuery(QUERY)) {
                while (r.next()) {
                    out.printf(Locale.ROOT, "%d;%s;%s;%s;%d%n", r.getInt(1), r.getString(2),
                            Double.toString(r.getDouble(3)), Double.toString(r.getDouble(4)), r.getLong(5));
                }
            }
        }
        out.flush();
    }
}
