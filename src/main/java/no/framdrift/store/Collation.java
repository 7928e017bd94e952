package no.framdrift.store;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Text sorted the same on both engines: by code point, as H2 compares strings. A PostgreSQL
 * database may have a national collation (nb_NO puts "Ø" elsewhere, ignores case or spaces), so
 * its ORDER BY uses the "C" collation, and the same workspace lists its rows in the same order.
 */
final class Collation {

    private Collation() {
    }

    static Field<String> binary(DSLContext dsl, Field<String> field) {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return DSL.field("{0} COLLATE \"C\"", String.class, field);
        }
        return field;
    }
}
