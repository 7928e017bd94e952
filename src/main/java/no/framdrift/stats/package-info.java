/**
 * Pure computations behind every published number: survey shares with margins of error computed
 * exactly from sufficient statistics (count, Σw, Σw² per cell; respondent rows never reach this
 * package), the change test between two survey years, registry shares and counts aggregated over
 * areas and periods, population-weighted availability, composites, growth, small-cell suppression,
 * and progress toward the ambitions. The formulas are those of DESIGN.md ("Statistics").
 *
 * <p>Depends only on the JDK and {@code no.framdrift.domain}; no database, no UI, no third-party
 * statistics library (the Student t quantile is computed in {@link no.framdrift.stats.StudentT}).
 */
package no.framdrift.stats;
