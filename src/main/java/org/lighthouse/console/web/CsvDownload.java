package org.lighthouse.console.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A console page's table as a CSV file for a spreadsheet: UTF-8 with a byte order mark (so Vietnamese shows), and no
 * cell a spreadsheet would run as a formula.
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** Starts the download of {@code filename} with its header row; the caller prints the records and closes it. */
    public static CSVPrinter start(HttpServletResponse response, String filename, String... header)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return CSVFormat.DEFAULT.builder().setHeader(header).get().print(out);
    }

    /**
     * A cell that a spreadsheet would take for a formula ({@code = + - @}, or a tab or carriage return before one)
     * starts with an apostrophe, so it shows as text: a login typed as {@code =HYPERLINK(...)} runs nothing.
     */
    public static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
