package org.lighthouse.content.loading;

/** One thing wrong in the content: the file, the field inside it, and what is wrong. */
public record ContentProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + (field.isEmpty() ? "" : ": " + field) + ": " + message;
    }
}
