-- Issue 14: the steward's "Publiser" flag per indicator. NULL follows the status (published when
-- Klar, not otherwise); TRUE or FALSE is the steward's explicit choice. Portable: H2 2.x and PostgreSQL.
ALTER TABLE indicator ADD COLUMN publish BOOLEAN;
