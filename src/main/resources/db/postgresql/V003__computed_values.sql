-- PostgreSQL's copy of the H2 script of the same name, unchanged: it is portable, but the engines' first
-- five versions live apart because V002 is not. See docs/decisions/0005-one-schema-two-engines.md.
-- Computed values with their provenance, replaced per indicator whenever an import lands or a
-- definition changes. Suppressed cells keep no number (value, numerator, denominator are null).
CREATE TABLE computed_value (
  indicator_code VARCHAR(60)   NOT NULL,
  period_code    VARCHAR(20)   NOT NULL,
  period_start   DATE          NOT NULL,
  granularity    VARCHAR(20)   NOT NULL,
  area           VARCHAR(200)  NOT NULL,
  grp            VARCHAR(1000) NOT NULL,
  "value"        DOUBLE PRECISION,
  numerator      DOUBLE PRECISION,
  denominator    DOUBLE PRECISION,
  n              BIGINT,
  se             DOUBLE PRECISION,
  ci_low         DOUBLE PRECISION,
  ci_high        DOUBLE PRECISION,
  suppressed     BOOLEAN       NOT NULL,
  batches        VARCHAR(1000),
  note           VARCHAR(1000),
  growth_1y      DOUBLE PRECISION,
  growth_2y      DOUBLE PRECISION,
  computed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX computed_value_indicator ON computed_value (indicator_code, period_start);
