package org.lighthouse.console.impact;

import java.util.List;

/**
 * One table of the impact page, as the page shows it and its CSV holds it: the same headers and cells.
 *
 * @param name the table's name in its CSV's address ({@code checkin}, {@code reach}, ...)
 * @param columns the headers, in the reader's language, the first one naming the rows
 */
record Table(String name, List<String> columns, List<Row> rows) {

    record Row(String label, List<Cell> cells) {
    }
}
