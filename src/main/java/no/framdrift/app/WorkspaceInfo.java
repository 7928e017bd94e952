package no.framdrift.app;

import java.util.List;
import no.framdrift.domain.ImportBatch;
import no.framdrift.store.ImportBatchRepository;

/**
 * What a workspace holds and who did what in it ({@code workspace info}).
 *
 * @param where         the data folder, or user@server:port/database for a team workspace
 * @param team          true for a team workspace on PostgreSQL
 * @param schemaVersion the database schema's version (the latest migration applied)
 * @param user          who this connection records for changes: the database user on PostgreSQL,
 *                      the operating-system user on a data folder
 * @param indicators    how many indicators the catalogue has
 * @param batches       every import batch, newest first, each saying whether it is example data
 *                      and who imported it
 * @param removals      removed batches, newest first: which file, who removed it and when
 */
public record WorkspaceInfo(String where, boolean team, String schemaVersion, String user, int indicators,
                            List<ImportBatch> batches, List<ImportBatchRepository.Removal> removals) {

    public WorkspaceInfo {
        batches = List.copyOf(batches);
        removals = List.copyOf(removals);
    }

    /** True when any batch is example data: values drawn from it are marked "Eksempeldata". */
    public boolean hasSample() {
        return batches.stream().anyMatch(ImportBatch::sample);
    }
}
