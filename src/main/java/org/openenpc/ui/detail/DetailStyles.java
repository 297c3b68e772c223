package org.openenpc.ui.detail;

import org.openenpc.model.PrinterStatus;
import org.openenpc.ui.detail.StatusLine.Severity;

/**
 * Style-class names of the detail pane (defined in {@code detail.css}), as constants rather than
 * string literals scattered over the view. Any thread.
 */
final class DetailStyles {
    static final String PANE = "detail-pane";
    static final String TITLE = "detail-title";
    static final String SECTION = "detail-section";
    static final String VALUE = "detail-value";
    static final String ROW_LABEL = "detail-label";
    static final String RAW = "detail-raw";
    static final String PLACEHOLDER = "detail-placeholder";
    static final String PLACEHOLDER_INLINE = "detail-missing";
    static final String BADGE = "status-badge";
    static final String DOT = "status-dot";
    static final String LINE_TEXT = "status-text";
    static final String LINE_HINT = "status-hint";
    static final String OK = "status-ok";
    static final String WARNING = "status-warning";
    static final String ERROR = "status-error";
    static final String UNKNOWN = "status-unknown";
    static final String INFO = "status-info";
    /** Every colour class, so one can be swapped for another. */
    static final String[] COLOURS = {OK, WARNING, ERROR, UNKNOWN, INFO};

    private DetailStyles() {
    }

    static String of(PrinterStatus.Level level) {
        return switch (level) {
            case OK -> OK;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
            case UNKNOWN -> UNKNOWN;
        };
    }

    static String of(Severity severity) {
        return switch (severity) {
            case OK -> OK;
            case WARNING -> WARNING;
            case ERROR -> ERROR;
            case INFO -> INFO;
        };
    }
}
