-- PostgreSQL's copy of the H2 script of the same name, unchanged: it is portable, but the engines' first
-- five versions live apart because V002 is not. See docs/decisions/0005-one-schema-two-engines.md.
-- Faster survey imports: an import stores tens of thousands of survey cells in one transaction,
-- and each row paid for a foreign-key look-up in import_batch and an entry in a batch_id index
-- (together about half of the insert's cost). survey_cell is rebuilt without both; removing a
-- batch deletes its survey cells explicitly, in the same transaction (ImportBatchRepository.delete),
-- so a removed batch still takes its rows with it. The index for reading by indicator stays.
CREATE TABLE survey_cell_v4 (
  batch_id       BIGINT        NOT NULL,
  indicator_code VARCHAR(60)   NOT NULL,
  question       VARCHAR(200)  NOT NULL,
  survey_year    INT           NOT NULL,
  answer         VARCHAR(200)  NOT NULL,
  positive       BOOLEAN       NOT NULL,
  valid          BOOLEAN       NOT NULL,
  background     VARCHAR(2000) NOT NULL,
  respondents    BIGINT        NOT NULL,
  sum_w          DOUBLE PRECISION NOT NULL,
  sum_w2         DOUBLE PRECISION NOT NULL
);

INSERT INTO survey_cell_v4 (batch_id, indicator_code, question, survey_year, answer, positive, valid, background,
                            respondents, sum_w, sum_w2)
SELECT batch_id, indicator_code, question, survey_year, answer, positive, valid, background, respondents, sum_w, sum_w2
FROM survey_cell;

DROP TABLE survey_cell;

ALTER TABLE survey_cell_v4 RENAME TO survey_cell;

CREATE INDEX survey_cell_indicator_year ON survey_cell (indicator_code, survey_year);
