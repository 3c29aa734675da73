package org.lighthouse.console.web;

import org.jspecify.annotations.Nullable;

/** Cells of the console's CSV files, made safe to open in a spreadsheet. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * A cell that a spreadsheet would take for a formula ({@code = + - @}, or a tab or carriage return before one)
     * starts with an apostrophe, so it shows as text: a login typed as {@code =HYPERLINK(...)} runs nothing.
     */
    public static String safe(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
