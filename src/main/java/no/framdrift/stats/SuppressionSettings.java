package no.framdrift.stats;

/**
 * When a number is too small to publish and is shown as ":" instead (DESIGN.md: fewer than 30
 * valid answers in a survey cell, or a registry count below 5). Both thresholds are settings.
 *
 * @param surveyMinN       a survey share needs at least this many valid answers in its cell
 * @param registryMinCount a registry count (a share's numerator) needs at least this value
 */
public record SuppressionSettings(int surveyMinN, int registryMinCount) {

    public static final SuppressionSettings DEFAULTS = new SuppressionSettings(30, 5);

    public SuppressionSettings {
        if (surveyMinN < 0 || registryMinCount < 0) {
            throw new IllegalArgumentException("suppression thresholds cannot be negative");
        }
    }

    /** True when a survey cell with this many valid answers must not be shown. */
    public boolean suppressesSurvey(long validAnswers) {
        return validAnswers < surveyMinN;
    }

    /** True when a registry count (or a share's numerator) of this size must not be shown. */
    public boolean suppressesRegistry(double count) {
        return count < registryMinCount;
    }
}
