package no.framdrift.ui.imports;

import java.util.List;
import no.framdrift.domain.Catalogue;

/** An indicator the import can feed, as the wizard's searchable list shows it: code and name from the catalogue. */
public record IndicatorChoice(String code, String name) {

    /** "EPJ_KVALITET – Kvalitet i journalsystemet": what the list shows and what typing filters on. */
    @Override
    public String toString() {
        return name == null || name.isBlank() ? code : code + " – " + name;
    }

    /** Every indicator of the catalogue, in its order. */
    public static List<IndicatorChoice> of(Catalogue catalogue) {
        return catalogue == null ? List.of()
                : catalogue.indicators().stream().map(i -> new IndicatorChoice(i.code(), i.name())).toList();
    }
}
