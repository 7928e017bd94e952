-- Faster survey imports, part 3 (issue 16): a batch's answers to one question of an indicator in one
-- survey year are stored packed, in a few rows instead of one row per background cell. A
-- million-respondent survey stored ~77,000 rows with six arrays and a background text each (71 MB,
-- most of an import's storing, backup and read-back time); packed, it is a few hundred rows.
-- A packed row has the binary `cells` (store/PackedCells: a dictionary of the background variables,
-- values and answer labels, then every background cell with its answers' count, Σw and Σw² as
-- written) and `cell_count`, the answers (cells) it holds; its arrays are empty and its
-- `background` is the first background cell it holds (the rows of one question and year hold
-- consecutive runs of background cells in text order). Rows written before keep NULL in both
-- and are read as before, so existing data folders give the same values without a conversion.
-- Portable: BYTEA is PostgreSQL's binary type and an H2 2.x name for BINARY VARYING.
ALTER TABLE survey_cell ADD COLUMN cells BYTEA;
ALTER TABLE survey_cell ADD COLUMN cell_count INT;
