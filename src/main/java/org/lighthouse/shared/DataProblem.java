package org.lighthouse.shared;

/**
 * Something wrong in a data file, said as {@code file: path: complaint} ({@code offer/lexicon-vi.yml:
 * flags.URGENCY[0].patterns[1]: is not a valid pattern ...}), or as {@code file: complaint} for the file as a whole.
 */
public final class DataProblem extends ConfigurationProblem {

    private final String file;
    private final String path;
    private final String complaint;

    private DataProblem(String file, String path, String complaint) {
        super(file + ": " + (path.isEmpty() ? "" : path + ": ") + complaint);
        this.file = file;
        this.path = path;
        this.complaint = complaint;
    }

    /** A problem with a field of the file. */
    public static DataProblem at(String file, String path, String complaint) {
        return new DataProblem(file, path, complaint);
    }

    /** A problem with the file as a whole, or with a line of a text file. */
    public static DataProblem inFile(String file, String complaint) {
        return new DataProblem(file, "", complaint);
    }

    static DataProblem inFile(String file, String complaint, Throwable cause) {
        DataProblem problem = inFile(file, complaint);
        problem.initCause(cause);
        return problem;
    }

    public String file() {
        return file;
    }

    /** Where in the file, such as {@code quiz[2].options}; empty for the file as a whole. */
    public String path() {
        return path;
    }

    public String complaint() {
        return complaint;
    }
}
