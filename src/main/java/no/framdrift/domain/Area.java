package no.framdrift.domain;

import java.util.List;
import java.util.Objects;

/**
 * An area values are reported for. Municipalities know their county and health region; counties
 * know their health region; a custom area (e.g. "Bergensområdet") is a named set of municipalities.
 *
 * @param code     "NO", a health region ("HSO", "HV", "HMN", "HN"), a county number ("46"), a municipality
 *                 number ("4601") or a custom code ("BERGENSOMRADET")
 * @param members  municipality numbers of a custom area; empty otherwise
 */
public record Area(String code, String name, AreaLevel level, String countyCode, String regionCode, List<String> members) {
    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        members = List.copyOf(members);
    }
}
