-- PostgreSQL's copy of the H2 script of the same name, unchanged: it is portable, but the engines' first
-- five versions live apart because V002 is not. See docs/decisions/0005-one-schema-two-engines.md.
-- Faster survey imports, part 2: one row per batch × indicator × question × year × background cell,
-- with the answers' sufficient statistics side by side in arrays (same order in every array),
-- instead of one row per answer. A survey with seven answer options stores a seventh of the rows
-- (and index entries); storing is most of what is left of an import's time once the file is read.
-- The repository unpacks the arrays into the same cells as before, so readers see no change.
CREATE TABLE survey_cell_v5 (
  batch_id          BIGINT        NOT NULL,
  indicator_code    VARCHAR(60)   NOT NULL,
  question          VARCHAR(200)  NOT NULL,
  survey_year       INT           NOT NULL,
  background        VARCHAR(2000) NOT NULL,
  answers           VARCHAR(200) ARRAY NOT NULL,
  positive          BOOLEAN ARRAY NOT NULL,
  valid             BOOLEAN ARRAY NOT NULL,
  respondents       BIGINT ARRAY NOT NULL,
  sum_w             DOUBLE PRECISION ARRAY NOT NULL,
  sum_w2            DOUBLE PRECISION ARRAY NOT NULL,
  total_respondents BIGINT        NOT NULL
);

INSERT INTO survey_cell_v5 (batch_id, indicator_code, question, survey_year, background, answers, positive, valid,
                            respondents, sum_w, sum_w2, total_respondents)
-- every array in the same total order (ties, e.g. one answer twice, are then identical rows)
SELECT batch_id, indicator_code, question, survey_year, background,
       ARRAY_AGG(answer ORDER BY answer, positive, valid, respondents, sum_w, sum_w2), ARRAY_AGG(positive ORDER BY answer, positive, valid, respondents, sum_w, sum_w2),
       ARRAY_AGG(valid ORDER BY answer, positive, valid, respondents, sum_w, sum_w2), ARRAY_AGG(respondents ORDER BY answer, positive, valid, respondents, sum_w, sum_w2),
       ARRAY_AGG(sum_w ORDER BY answer, positive, valid, respondents, sum_w, sum_w2), ARRAY_AGG(sum_w2 ORDER BY answer, positive, valid, respondents, sum_w, sum_w2),
       SUM(respondents)
FROM survey_cell
GROUP BY batch_id, indicator_code, question, survey_year, background;

DROP TABLE survey_cell;

ALTER TABLE survey_cell_v5 RENAME TO survey_cell;

CREATE INDEX survey_cell_indicator_year ON survey_cell (indicator_code, survey_year);
