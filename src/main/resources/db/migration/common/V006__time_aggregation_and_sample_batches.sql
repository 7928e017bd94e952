-- Issue 11: numbers a steward can publish.
--
-- 1. How a value aggregates over time is part of the definition: quarter_aggregation (ratio of
--    sums or mean of months) becomes time_aggregation, which also knows SUM (counts) and
--    END_OF_PERIOD (stocks and cumulative shares: a quarter of PLL is its last month).
--    The seed's stocks and counts that still have the old default get the seed's new setting, and
--    the change is written to each indicator's history, as if a steward had made it.
-- 2. Example batches are flagged, so everything drawn from them can say "Eksempeldata".
-- Portable between H2 2.x and PostgreSQL 15 (standard types and statements only).

ALTER TABLE indicator ADD COLUMN time_aggregation VARCHAR(20) DEFAULT 'RATIO_OF_SUMS' NOT NULL;

UPDATE indicator SET time_aggregation = quarter_aggregation;

ALTER TABLE indicator DROP COLUMN quarter_aggregation;

INSERT INTO indicator_change (indicator_code, changed_at, field, old_value, new_value)
SELECT code, CURRENT_TIMESTAMP, 'timeAggregation', time_aggregation, 'END_OF_PERIOD'
FROM indicator
WHERE time_aggregation = 'RATIO_OF_SUMS'
  AND code IN ('PLL', 'DIGIHELSESTASJON', 'DIGIHELSE', 'DDFL', 'VELFERDSTEKNOLOGI', 'KJERNEJOURNAL_DOKUMENTDELING',
               'HELSETEKNOLOGIORDNINGEN', 'KI_TIDSBESPARENDE_RADIOLOGI', 'KI_IBRUKTAKELSE',
               'KI_IBRUKTAKELSE_SPESIALIST', 'KI_IBRUKTAKELSE_KOMMUNE');

UPDATE indicator SET time_aggregation = 'END_OF_PERIOD'
WHERE time_aggregation = 'RATIO_OF_SUMS'
  AND code IN ('PLL', 'DIGIHELSESTASJON', 'DIGIHELSE', 'DDFL', 'VELFERDSTEKNOLOGI', 'KJERNEJOURNAL_DOKUMENTDELING',
               'HELSETEKNOLOGIORDNINGEN', 'KI_TIDSBESPARENDE_RADIOLOGI', 'KI_IBRUKTAKELSE',
               'KI_IBRUKTAKELSE_SPESIALIST', 'KI_IBRUKTAKELSE_KOMMUNE');

-- every other count is a sum over time (a ratio of sums of counts is their sum: same numbers)
INSERT INTO indicator_change (indicator_code, changed_at, field, old_value, new_value)
SELECT code, CURRENT_TIMESTAMP, 'timeAggregation', time_aggregation, 'SUM'
FROM indicator
WHERE time_aggregation = 'RATIO_OF_SUMS' AND kind = 'COUNT';

UPDATE indicator SET time_aggregation = 'SUM' WHERE time_aggregation = 'RATIO_OF_SUMS' AND kind = 'COUNT';

ALTER TABLE import_batch ADD COLUMN sample BOOLEAN DEFAULT FALSE NOT NULL;

-- Data folders made before this version were filled with the example workspace on first start:
-- its batches are the shipped sample files imported with their shipped profiles.
UPDATE import_batch SET sample = TRUE
WHERE (file_name = 'helsepersonellundersokelsen-2021-2024.csv' AND profile_name = 'helsepersonellundersokelsen')
   OR (file_name = 'innbyggerundersokelsen-2021-2024.csv' AND profile_name = 'innbyggerundersokelsen')
   OR (file_name = 'radsmodell-2024-2025.csv' AND profile_name = 'radsmodell')
   OR (file_name = 'pll-2025.csv' AND profile_name = 'pll')
   OR (file_name = 'helsedata-soknader.csv' AND profile_name = 'helsedata')
   OR (file_name = 'fullmakt-innlogginger.tsv' AND profile_name = 'fullmakt')
   OR (file_name = 'ddfl-fastlegekontor-2023-2025.csv' AND profile_name = 'ddfl')
   OR (file_name = 'digihelse-kommuner.csv' AND profile_name = 'digihelse')
   OR (file_name = 'digihelsestasjon-kommuner.csv' AND profile_name = 'digihelsestasjon')
   OR (file_name = 'velferdsteknologi-kommuner.csv' AND profile_name = 'velferdsteknologi');
