package no.framdrift.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.framdrift.domain.SurveyCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packed survey cells (V011): what is packed is read back bit for bit, in one order, and damage is noticed. */
class PackedCellsTest {

    @TempDir
    Path dir;

    private static SurveyCell cell(String question, String answer, boolean positive, boolean valid, Map<String, String> bg,
                                   long n, double w, double w2) {
        return new SurveyCell(0, "EPJ_KVALITET", question, 2024, answer, positive, valid, bg, n, w, w2);
    }

    @Test
    void everyFieldComesBackExactlyIncludingOddDoublesBlankAndMissingAnswers() {
        Map<String, String> bg = SurveyCell.background(Map.of("profesjon", "Lege", "region", "Helse Vest|Nord", "k=v", "æøå"));
        List<SurveyCell> answers = List.of(
                cell("q1", "Helt enig", true, true, bg, 3, 2.5000000000000004, 2.0833333333333335),
                cell("q1", "", false, false, bg, 1, 1, 1), // unweighted: Σw and Σw² not written
                cell("q1", null, false, false, bg, 0, 0.0, -0.0),
                cell("q1", "Helt uenig", false, true, bg, 7, Double.MIN_VALUE, 1e300),
                cell("q1", "Helt enig", true, true, bg, Long.MAX_VALUE, 5, 5)); // the same answer twice, kept apart
        var packed = PackedCells.pack(List.of(new PackedCells.Group(SurveyCell.backgroundKey(bg), bg, answers)));
        assertThat(packed).hasSize(1);
        assertThat(packed.get(0).cellCount()).isEqualTo(5);
        assertThat(packed.get(0).firstBackground()).isEqualTo(SurveyCell.backgroundKey(bg));
        SurveyCell[] back = PackedCells.unpack(packed.get(0).bytes(), 9, "EPJ_KVALITET", "q1", 2024, 5,
                packed.get(0).respondents(), new PackedCells.Strings());
        assertThat(back).hasSize(5);
        for (int i = 0; i < 5; i++) {
            SurveyCell a = answers.get(i);
            SurveyCell b = back[i];
            assertThat(b.batchId()).isEqualTo(9);
            assertThat(b.answer()).isEqualTo(a.answer());
            assertThat(b.positive()).isEqualTo(a.positive());
            assertThat(b.valid()).isEqualTo(a.valid());
            assertThat(b.respondents()).isEqualTo(a.respondents());
            assertThat(Double.doubleToRawLongBits(b.sumW())).isEqualTo(Double.doubleToRawLongBits(a.sumW()));
            assertThat(Double.doubleToRawLongBits(b.sumW2())).isEqualTo(Double.doubleToRawLongBits(a.sumW2()));
            assertThat(b.background()).isEqualTo(a.background());
            assertThat(SurveyCell.backgroundKey(b.background())).isEqualTo(SurveyCell.backgroundKey(bg));
        }
        // one map for every cell of a background cell
        assertThat(back[0].background()).isSameAs(back[4].background());
    }

    @Test
    void damagedBytesOrCountsAreRefusedNotMisread() {
        Map<String, String> bg = SurveyCell.background(Map.of("profesjon", "Lege"));
        var p = PackedCells.pack(List.of(new PackedCells.Group("profesjon=Lege", bg,
                List.of(cell("q1", "Ja", true, true, bg, 3, 2.5, 2.25))))).get(0);
        PackedCells.Strings s = new PackedCells.Strings();
        assertThatThrownBy(() -> PackedCells.unpack(p.bytes(), 4, "X", "q1", 2024, 2, p.respondents(), s))
                .isInstanceOf(StoreException.class).hasMessageContaining("Parti 4 er skadet");
        assertThatThrownBy(() -> PackedCells.unpack(p.bytes(), 4, "X", "q1", 2024, 1, p.respondents() + 1, s))
                .isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> PackedCells.unpack(java.util.Arrays.copyOf(p.bytes(), p.bytes().length - 3), 4, "X", "q1",
                2024, 1, p.respondents(), s)).isInstanceOf(StoreException.class);
    }

    /** Many background cells: several packed rows, read back (with rows written before V011) in one order. */
    @Test
    void aLargeBatchIsSeveralRowsAndReadsBackInTheOrderOfTheUnpackedRows() throws Exception {
        List<SurveyCell> cells = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            Map<String, String> bg = new TreeMap<>(Map.of("id", "p" + (i * 7919 % 12_000), "profesjon", i % 2 == 0 ? "Lege" : "Sykepleier"));
            Map<String, String> shared = SurveyCell.background(bg);
            for (String q : List.of("q1", "q2")) {
                cells.add(cell(q, "Ja", true, true, shared, 2, 1.1 + i, 0.7 + i));
                cells.add(cell(q, "Nei", false, true, shared, 1, 0.3 * i, 0.09 * i));
            }
        }
        try (Database db = Database.open(dir)) {
            db.dsl().execute("INSERT INTO import_batch (id, kind, file_name, file_size, sha256, format, profile_name, imported_at,"
                    + " rows_read, rows_imported, rows_skipped) VALUES (5, 'SURVEY', 's.csv', 1, 'x', 'CSV', 'p',"
                    + " TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00Z', 5, 5, 0)");
            // a row as a data folder from before V011 has it: one background cell, its answers in arrays
            db.dsl().execute("INSERT INTO survey_cell (batch_id, indicator_code, question, survey_year, background, answers,"
                    + " positive, valid, respondents, sum_w, sum_w2, total_respondents) VALUES (3, 'EPJ_KVALITET', 'q1', 2024,"
                    + " 'id=old|profesjon=Lege', ARRAY['Ja'], ARRAY[TRUE], ARRAY[TRUE], ARRAY[CAST(4 AS BIGINT)],"
                    + " ARRAY[CAST(4.5 AS DOUBLE PRECISION)], ARRAY[CAST(5.25 AS DOUBLE PRECISION)], 4)");
            SurveyCellRepository repo = new SurveyCellRepository(db.dsl());
            repo.insertAll(5, cells);
            long rows = db.dsl().fetchCount(db.dsl().selectFrom(no.framdrift.store.jooq.Tables.SURVEY_CELL)
                    .where(no.framdrift.store.jooq.Tables.SURVEY_CELL.BATCH_ID.eq(5L)));
            assertThat(rows).isGreaterThan(2).isLessThan(20); // two questions, each in a few rows
            assertThat(repo.countForBatch(5)).isEqualTo(cells.size());
            assertThat(repo.count()).isEqualTo(cells.size() + 1);

            List<SurveyCell> read = repo.cells("EPJ_KVALITET", 2024);
            assertThat(read).hasSize(cells.size() + 1);
            // the old batch first, then batch 5 by question, then by background text (String order)
            List<SurveyCell> expected = new ArrayList<>(cells);
            expected.sort(java.util.Comparator.comparing(SurveyCell::question)
                    .thenComparing(c -> SurveyCell.backgroundKey(c.background())));
            assertThat(read.get(0).batchId()).isEqualTo(3);
            assertThat(read.get(0).sumW2()).isEqualTo(5.25);
            for (int i = 0; i < expected.size(); i++) {
                SurveyCell e = expected.get(i);
                SurveyCell r = read.get(i + 1);
                assertThat(r.batchId()).isEqualTo(5);
                assertThat(r.question()).isEqualTo(e.question());
                assertThat(r.background()).isEqualTo(e.background());
                assertThat(r.answer()).isEqualTo(e.answer());
                assertThat(r.sumW()).isEqualTo(e.sumW());
                assertThat(r.sumW2()).isEqualTo(e.sumW2());
            }
            // the batch checksum counts the packed answers
            new BatchIntegrity(db.dsl()).record(5);
            assertThat(db.dsl().fetchValue("SELECT checksum FROM import_batch WHERE id = 5").toString())
                    .startsWith("s " + rows + " " + (3 * 12_000 * 2) + " " + cells.size() + ";");
            assertThat(new BatchIntegrity(db.dsl()).verify()).isEmpty();
            db.dsl().execute("DELETE FROM survey_cell WHERE batch_id = 5 AND question = 'q2' AND background = "
                    + "(SELECT MAX(background) FROM survey_cell WHERE batch_id = 5 AND question = 'q2')");
            assertThat(new BatchIntegrity(db.dsl()).verify()).extracting(BatchIntegrity.Damaged::batchId).containsExactly(5L);
        }
    }
}
