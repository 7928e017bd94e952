-- Defence in depth (issue 18): each batch records how many reduced rows it stored and a checksum of
-- them (row counts and sums per table, store/BatchIntegrity), so opening a data folder can tell a
-- damaged or partly stored batch by name with one aggregate per table. Batches imported before this
-- version have no record (null) and are not checked.
ALTER TABLE import_batch ADD COLUMN stored_rows BIGINT;
ALTER TABLE import_batch ADD COLUMN checksum VARCHAR(400);
