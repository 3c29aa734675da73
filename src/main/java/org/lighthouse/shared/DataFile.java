package org.lighthouse.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the data files of Lighthouse (lessons, the offer check's word lists, triage's phrases, the dictionaries of
 * what people type): a YAML file into its top {@link DataField}, a text file into its lines. Every problem names the
 * file, and the field when there is one.
 */
public final class DataFile {

    /** Stops at the first problem: what data read at start-up wants, as the bot must not run on a broken file. */
    public static final Consumer<DataProblem> STOP = problem -> {
        throw problem;
    };

    private static final YAMLMapper YAML = new YAMLMapper();

    private DataFile() {
    }

    /** The top of a YAML file on the class path; the first problem stops the reading. */
    public static DataField read(String name) {
        try (InputStream in = open(name)) {
            return read(name, in, STOP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The top of a YAML file from a stream, which the caller closes. With no stream the file is missing, and the top
     * is absent, as it is when the file is not a map of fields or not YAML at all: each of those is a problem.
     *
     * @param problems what to do with each problem: {@link #STOP}, or note it and read on
     */
    public static DataField read(String name, @Nullable InputStream in, Consumer<DataProblem> problems) {
        JsonNode root = null;
        if (in == null) {
            problems.accept(DataProblem.inFile(name, "is missing"));
        } else {
            try {
                root = YAML.readTree(in);
                if (root == null || !root.isObject()) {
                    root = null;
                    problems.accept(DataProblem.inFile(name, "is empty or not a map of fields"));
                }
            } catch (JacksonException e) {
                problems.accept(DataProblem.inFile(name, "is not valid YAML: " + e.getOriginalMessage(), e));
            }
        }
        return new DataField(name, "", root, problems);
    }

    /** The lines of a text file on the class path. */
    public static List<String> lines(String name) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw DataProblem.inFile(name, "is missing from the class path");
        }
        return in;
    }
}
