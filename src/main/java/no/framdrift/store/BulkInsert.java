package no.framdrift.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Plain JDBC multi-row inserts on the transaction's own connection. Reduced imports can be tens of
 * thousands of rows; one prepared statement is several times faster than rendering each row through
 * jOOQ, and an INSERT of 256 rows at a time spares H2 the per-statement work of a JDBC batch
 * (measured: 35,840 survey cells in 0.2–0.35 s of CPU instead of 0.3–0.4 s). The table and column
 * names still come from the generated classes.
 */
final class BulkInsert {

    /** Binds one element's values, in the order of the columns. */
    @FunctionalInterface
    interface Binder<T> {
        Object[] values(T element);
    }

    private BulkInsert() {
    }

    /** Rows per multi-row INSERT: one statement execution per chunk instead of one per row. */
    static final int ROWS_PER_STATEMENT = 256;

    static <T> void insert(DSLContext dsl, Table<?> table, List<Field<?>> columns, List<T> elements, Binder<T> binder) {
        insert(dsl, table, columns, elements, binder, ROWS_PER_STATEMENT);
    }

    /** As above, {@code perStatement} rows per INSERT (fewer for large rows, e.g. packed survey cells). */
    static <T> void insert(DSLContext dsl, Table<?> table, List<Field<?>> columns, List<T> elements, Binder<T> binder,
                           int perStatement) {
        if (elements.isEmpty()) {
            return;
        }
        int full = elements.size() / perStatement;
        int rest = elements.size() % perStatement;
        int[] types = new int[columns.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = sqlType(columns.get(i));
        }
        dsl.connection(conn -> {
            try {
                int next = 0;
                if (full > 0) {
                    try (PreparedStatement ps = conn.prepareStatement(sql(table, columns, perStatement))) {
                        for (int s = 0; s < full; s++) {
                            next = bindRows(ps, types, elements, next, perStatement, binder);
                            ps.executeUpdate();
                        }
                    }
                }
                if (rest > 0) {
                    try (PreparedStatement ps = conn.prepareStatement(sql(table, columns, rest))) {
                        bindRows(ps, types, elements, next, rest, binder);
                        ps.executeUpdate();
                    }
                }
            } catch (SQLException ex) {
                throw new DataAccessException("Bulk insert into " + table.getName() + " failed", ex);
            }
        });
    }

    /** INSERT INTO t (a, b) VALUES (?, ?), (?, ?) … for the given number of rows. */
    private static String sql(Table<?> table, List<Field<?>> columns, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.getName()).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).getName());
        }
        String row = "(" + "?, ".repeat(columns.size() - 1) + "?)";
        sql.append(") VALUES ").append(row);
        for (int r = 1; r < rows; r++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    private static <T> int bindRows(PreparedStatement ps, int[] types, List<T> elements, int from, int rows, Binder<T> binder)
            throws SQLException {
        int p = 1;
        for (int r = from; r < from + rows; r++) {
            Object[] v = binder.values(elements.get(r));
            for (int i = 0; i < v.length; i++) {
                if (v[i] == null) {
                    ps.setNull(p++, types[i]);
                } else {
                    ps.setObject(p++, v[i]);
                }
            }
        }
        return from + rows;
    }

    private static int sqlType(Field<?> f) {
        Class<?> t = f.getType();
        if (t == Double.class) {
            return Types.DOUBLE;
        }
        if (t == Long.class) {
            return Types.BIGINT;
        }
        if (t == Integer.class) {
            return Types.INTEGER;
        }
        if (t == Boolean.class) {
            return Types.BOOLEAN;
        }
        return Types.VARCHAR;
    }
}
