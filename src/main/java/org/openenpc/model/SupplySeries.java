package org.openenpc.model;

import java.util.List;

/**
 * The level history of one supply of one printer, as the inventory remembers it and the detail
 * pane draws it. Immutable; any thread.
 *
 * @param name   what the printer calls the supply (device text: escape with {@link SafeText} to show)
 * @param colour the model's colour name as in {@link Supply#colour()}, "" when it has none
 * @param kind   what sort of supply; a {@link Supply.Kind#WASTE} receptacle's percent is space left
 * @param points the readings, oldest first
 */
public record SupplySeries(String name, String colour, Supply.Kind kind, List<LevelPoint> points) {

    /** Null name or colour become "", a null kind {@link Supply.Kind#OTHER}, null points an empty list. */
    public SupplySeries {
        name = name == null ? "" : name;
        colour = colour == null ? "" : colour;
        kind = kind == null ? Supply.Kind.OTHER : kind;
        points = points == null ? List.of() : List.copyOf(points);
    }
}
