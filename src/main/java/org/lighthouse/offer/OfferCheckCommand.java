package org.lighthouse.offer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code lighthouse check-offer}: checks offers from JSON Lines on standard input, one answer line per input line in
 * the same order, with no database, network or bot token (PRODUCT.md, "Command-line contracts").
 *
 * <pre>
 * in:  {"id":"o1","text":"...","kind":"JOB|MARRIAGE|FRIENDSHIP"}      kind optional
 * out: {"id":"o1","kind":"JOB","risk":"HIGH|MEDIUM|LOW","flags":["NO_CONTRACT",...]}
 * </pre>
 *
 * A line that cannot be checked gets {@code {"error":"..."}}, with its id when that could be read, and the run goes on.
 */
public final class OfferCheckCommand {

    private OfferCheckCommand() {
    }

    /** Reads standard input and writes standard output; the exit status is 0 unless reading or writing fails. */
    public static int run(String[] args) {
        if (args.length > 0) {
            System.err.println("usage: lighthouse check-offer < offers.jsonl > answers.jsonl (no options)");
            return 2;
        }
        return run(System.in, System.out);
    }

    /** The same with given streams, in UTF-8. */
    static int run(InputStream in, OutputStream out) {
        OfferLines lines = new OfferLines(new OfferCheck());
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.println(lines.answer(line));
                // answer as soon as possible: the caller may be waiting for this line before sending the next
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.checkError() ? 1 : 0;
    }
}
