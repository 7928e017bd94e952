package no.framdrift.app.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorChange;

/**
 * What a catalogue import would do, merging by code: new indicators, changed fields of existing
 * ones, and the count left as they are. Indicators only in the workspace are kept.
 */
public record CatalogueMerge(Catalogue incoming, List<Indicator> added, Map<String, List<IndicatorChange>> changed,
                             int unchanged) {

    static CatalogueMerge between(Catalogue current, Catalogue incoming, Instant at) {
        List<Indicator> added = new ArrayList<>();
        Map<String, List<IndicatorChange>> changed = new LinkedHashMap<>();
        int unchanged = 0;
        for (Indicator in : incoming.indicators()) {
            Optional<Indicator> existing = current.indicator(in.code());
            if (existing.isEmpty()) {
                added.add(in);
                continue;
            }
            List<IndicatorChange> diff = CatalogueService.diff(existing.get(), in, at);
            if (diff.isEmpty()) {
                unchanged++;
            } else {
                changed.put(in.code(), diff);
            }
        }
        return new CatalogueMerge(incoming, List.copyOf(added), Map.copyOf(changed), unchanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty();
    }

    List<Indicator> changedOrNew() {
        return incoming.indicators().stream()
                .filter(i -> changed.containsKey(i.code()) || added.stream().anyMatch(a -> a.code().equals(i.code())))
                .toList();
    }

    List<IndicatorChange> changesFor(String code) {
        if (changed.containsKey(code)) {
            return changed.get(code);
        }
        return added.stream().filter(a -> a.code().equals(code)).findFirst()
                .map(a -> CatalogueService.diff(null, a, Instant.now())).orElse(List.of());
    }

    /** A short Norwegian summary: "2 nye, 3 endrede, 27 uendrede indikatorer". */
    public String summary() {
        return added.size() + " nye, " + changed.size() + " endrede, " + unchanged + " uendrede indikatorer";
    }
}
