package no.framdrift.store;

import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Runs a unit of work in one transaction: everything inside commits together or not at all.
 * The work gets the transaction's own {@link DSLContext}, never the outer one.
 */
public final class Transactor {

    private final DSLContext dsl;

    public Transactor(DSLContext dsl) {
        this.dsl = dsl;
    }

    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
    }

    public void run(java.util.function.Consumer<DSLContext> work) {
        dsl.transaction(cfg -> work.accept(cfg.dsl()));
    }

    public DSLContext dsl() {
        return dsl;
    }
}
