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
 * Plain JDBC batch inserts on the transaction's own connection. Reduced imports can be tens of
 * thousands of rows; one prepared statement with addBatch is several times faster than rendering
 * each row through jOOQ, and the table and column names still come from the generated classes.
 */
final class BulkInsert {

    /** Binds one element's values, in the order of the columns. */
    @FunctionalInterface
    interface Binder<T> {
        Object[] values(T element);
    }

    private BulkInsert() {
    }

    static <T> void insert(DSLContext dsl, Table<?> table, List<Field<?>> columns, List<T> elements, Binder<T> binder) {
        if (elements.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table.getName()).append(" (");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(columns.get(i).getName());
        }
        sql.append(") VALUES (").append("?, ".repeat(columns.size() - 1)).append("?)");
        dsl.connection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int pending = 0;
                for (T e : elements) {
                    Object[] v = binder.values(e);
                    for (int i = 0; i < v.length; i++) {
                        if (v[i] == null) {
                            ps.setNull(i + 1, sqlType(columns.get(i)));
                        } else {
                            ps.setObject(i + 1, v[i]);
                        }
                    }
                    ps.addBatch();
                    if (++pending == 5000) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            } catch (SQLException ex) {
                throw new DataAccessException("Bulk insert into " + table.getName() + " failed", ex);
            }
        });
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
