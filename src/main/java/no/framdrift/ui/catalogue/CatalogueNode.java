package no.framdrift.ui.catalogue;

import java.util.List;
import no.framdrift.domain.Status;

/**
 * One row of the catalogue tree, independent of any control: a goal area, an indicator (with its
 * parts as children), the heading of the proposed future indicators, or one of them.
 */
public record CatalogueNode(Kind kind, String code, String label, Status status, List<CatalogueNode> children) {

    public enum Kind { GOAL, INDICATOR, FUTURE_SECTION, FUTURE }

    public CatalogueNode {
        children = List.copyOf(children);
    }

    /** True for rows that open an indicator in the editor. */
    public boolean isIndicator() {
        return kind == Kind.INDICATOR;
    }
}
