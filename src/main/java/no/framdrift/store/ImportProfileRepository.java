package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.IMPORT_PROFILE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Import profiles saved by name, as JSON text (the store does not interpret them). */
public final class ImportProfileRepository {

    /** A saved profile: its name, kind and JSON. */
    public record SavedProfile(String name, String kind, String json, Instant savedAt) {
    }

    private final DSLContext dsl;

    public ImportProfileRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(String name, String kind, String json, Instant savedAt) {
        int updated = dsl.update(IMPORT_PROFILE).set(IMPORT_PROFILE.KIND, kind).set(IMPORT_PROFILE.JSON, json)
                .set(IMPORT_PROFILE.SAVED_AT, savedAt.atOffset(ZoneOffset.UTC)).where(IMPORT_PROFILE.NAME.eq(name)).execute();
        if (updated == 0) {
            dsl.insertInto(IMPORT_PROFILE).set(IMPORT_PROFILE.NAME, name).set(IMPORT_PROFILE.KIND, kind)
                    .set(IMPORT_PROFILE.JSON, json).set(IMPORT_PROFILE.SAVED_AT, savedAt.atOffset(ZoneOffset.UTC)).execute();
        }
    }

    public Optional<SavedProfile> find(String name) {
        return dsl.selectFrom(IMPORT_PROFILE).where(IMPORT_PROFILE.NAME.eq(name))
                .fetchOptional(r -> new SavedProfile(r.getName(), r.getKind(), r.getJson(), Instant.from(r.getSavedAt())));
    }

    public List<SavedProfile> list() {
        return dsl.selectFrom(IMPORT_PROFILE).orderBy(IMPORT_PROFILE.NAME)
                .fetch(r -> new SavedProfile(r.getName(), r.getKind(), r.getJson(), Instant.from(r.getSavedAt())));
    }

    public boolean delete(String name) {
        return dsl.deleteFrom(IMPORT_PROFILE).where(IMPORT_PROFILE.NAME.eq(name)).execute() > 0;
    }
}
