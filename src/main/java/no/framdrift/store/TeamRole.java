package no.framdrift.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The three group roles of a team workspace on PostgreSQL. The database enforces them with GRANTs
 * ({@link TeamRoles}); the app only mirrors them (disabled buttons with a tooltip saying why).
 */
public enum TeamRole {
    /** Edits the catalogue, ambitions and assessments. */
    STEWARD("framdrift_steward"),
    /** Imports and removes batches, saves import profiles. */
    ANALYST("framdrift_analyst"),
    /** Reads and exports only. */
    READER("framdrift_reader");

    private final String roleName;

    TeamRole(String roleName) {
        this.roleName = roleName;
    }

    /** The PostgreSQL role name, e.g. {@code framdrift_steward}. */
    public String roleName() {
        return roleName;
    }

    /** Accepts {@code steward}, {@code framdrift_steward} and the Norwegian {@code redaktør}/{@code analytiker}/{@code leser}. */
    public static Optional<TeamRole> parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (TeamRole r : values()) {
            if (t.equals(r.roleName) || t.equals(r.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return switch (t) {
            case "redaktør", "redaktor", "forvalter" -> Optional.of(STEWARD);
            case "analytiker" -> Optional.of(ANALYST);
            case "leser" -> Optional.of(READER);
            default -> Optional.empty();
        };
    }
}
