package no.framdrift.app;

import java.nio.file.Path;
import java.util.List;
import no.framdrift.domain.ImportBatch;

/**
 * What a workspace holds ({@code workspace info}).
 *
 * @param folder        the data folder
 * @param schemaVersion the database schema's version (the latest migration applied)
 * @param indicators    how many indicators the catalogue has
 * @param batches       every import batch, newest first, each saying whether it is example data
 */
public record WorkspaceInfo(Path folder, String schemaVersion, int indicators, List<ImportBatch> batches) {

    public WorkspaceInfo {
        batches = List.copyOf(batches);
    }

    /** True when any batch is example data: values drawn from it are marked "Eksempeldata". */
    public boolean hasSample() {
        return batches.stream().anyMatch(ImportBatch::sample);
    }
}
