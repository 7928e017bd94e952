package no.framdrift.store;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the connected user may do in the workspace: on H2 everything (one person, the folder's
 * owner); on PostgreSQL what the user's group roles grant, or everything for the workspace's
 * owner. The app uses it only to disable what would be refused anyway: the database is the guard.
 *
 * @param user  who is recorded for changes: the database user on PostgreSQL, the OS user on H2
 * @param owner true for the H2 folder's user and for PostgreSQL's owner or a superuser
 * @param roles the team roles the user is a member of (directly or through another role)
 */
public record WorkspaceAccess(String user, boolean owner, Set<TeamRole> roles) {

    private static final Pattern TABLE = Pattern.compile("permission denied for (?:table|relation|sequence) (\\w+)");

    public WorkspaceAccess {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static WorkspaceAccess everything(String user) {
        return new WorkspaceAccess(user, true, Set.of());
    }

    public boolean canEditCatalogue() {
        return owner || roles.contains(TeamRole.STEWARD);
    }

    public boolean canImport() {
        return owner || roles.contains(TeamRole.ANALYST);
    }

    public boolean readOnly() {
        return !canEditCatalogue() && !canImport();
    }

    /** Why editing the catalogue is not possible (a tooltip), or null when it is. */
    public String whyNoCatalogueEdit() {
        if (canEditCatalogue()) {
            return null;
        }
        return readOnly() ? READ_ONLY : "Bare redaktører (framdrift_steward) kan endre katalogen, ambisjonene og vurderingene.";
    }

    /** Why importing or removing batches is not possible (a tooltip), or null when it is. */
    public String whyNoImport() {
        if (canImport()) {
            return null;
        }
        return readOnly() ? READ_ONLY : "Bare analytikere (framdrift_analyst) kan importere og fjerne data.";
    }

    /** The message for a refusal by the database ("permission denied", SQLState 42501). */
    public static final String READ_ONLY = "Du har bare lesetilgang til dette arbeidsområdet";

    /** One Norwegian sentence for the database's "permission denied for table X". */
    public String deniedMessage(String databaseMessage) {
        if (readOnly()) {
            return READ_ONLY + ".";
        }
        String table = "";
        Matcher m = TABLE.matcher(databaseMessage == null ? "" : databaseMessage.toLowerCase(Locale.ROOT));
        if (m.find()) {
            table = m.group(1);
        }
        if (TeamRoles.IMPORT_TABLES.contains(table) && !canImport()) {
            return whyNoImport();
        }
        if (TeamRoles.CATALOGUE_TABLES.contains(table) && !canEditCatalogue()) {
            return whyNoCatalogueEdit();
        }
        return "Databasen tillater ikke dette for brukeren " + user + " (mangler rettighet"
                + (table.isEmpty() ? "" : " til tabellen " + table) + ").";
    }
}
