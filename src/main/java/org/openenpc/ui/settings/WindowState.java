package org.openenpc.ui.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.openenpc.ui.Messages;

/**
 * Where the main window was and how big, so the next start restores it. Immutable; any thread.
 *
 * @param x         left edge in screen coordinates, or {@link #CENTRE} to centre the window
 * @param y         top edge in screen coordinates, or {@link #CENTRE} to centre the window
 * @param width     width in pixels, positive
 * @param height    height in pixels, positive
 * @param maximized whether the window was maximised (then x, y, width, height are the restored
 *                  bounds)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    /** Position value meaning "centre on the primary screen" (never NaN, which JSON lacks). */
    public static final double CENTRE = -1;

    /** @throws IllegalArgumentException if a value is not finite or the size is not positive */
    public WindowState {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width)
                || !Double.isFinite(height) || width <= 0 || height <= 0) {
            throw new IllegalArgumentException(Messages.format("settings.invalid.window",
                    String.valueOf(x), String.valueOf(y), String.valueOf(width),
                    String.valueOf(height)));
        }
    }

    /** 1200×760, centred, not maximised. */
    public static WindowState defaults() {
        return new WindowState(CENTRE, CENTRE, 1200, 760, false);
    }
}
