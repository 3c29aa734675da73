package org.lighthouse.classroom;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the console's teachers' pages show of a teacher's classes ({@link ClassroomConsole}): names students chose for
 * the class and their results in the work assigned to it, nothing else about them.
 */
public final class ClassViews {

    /** Fewer answers than this to a question give no percentage, as in the chat's report. */
    public static final int MIN_ANSWERS = Report.MIN_ANSWERS;

    private ClassViews() {
    }

    /** A class in the teacher's list; {@code openWork} counts assignments not due yet. */
    public record Summary(String id, String name, long members, long openWork) {
    }

    /** A class's page: how students join ({@code link} is null without Telegram), who joined, the work given. */
    public record ClassPage(String id, String name, String code, @Nullable String link, List<Pupil> pupils,
            List<Work> work) {
    }

    /** A student under the name they chose for the class, and the app they use Lighthouse on. */
    public record Pupil(String name, String app, Instant joinedAt) {
    }

    /** Work given to the class, newest first, with who finished it and who has not. */
    public record Work(String id, String title, int lessons, LocalDate due, boolean open, List<String> finished,
            List<String> notFinished) {
    }

    /** The class's join link (null without Telegram) and its QR code (a PNG, or null), for a sheet to print. */
    public record JoinCard(String classId, String name, String code, @Nullable String link, byte @Nullable [] qr) {
    }

    /** Work one may give: a series ({@code s:<id>}) or one lesson ({@code l:<id>}), named in the reader's language. */
    public record Choice(String value, String title, int lessons, boolean series) {
    }

    /** The first and last days work may be due on now, and what may be given. */
    public record Choices(LocalDate firstDay, LocalDate lastDay, List<Choice> work) {
    }

    public enum Status { FINISHED, WORKING, NOT_STARTED }

    /** The chat's report of one assignment, as figures. */
    public record ReportPage(String classId, String className, String workId, String title, LocalDate due,
            int joined, long started, long finished, @Nullable Integer average, int unreached,
            List<StudentLine> students, List<QuestionLine> questions) {
    }

    /** {@code percent} is null when the student finished no lesson yet. */
    public record StudentLine(String name, String app, Status status, long done, int lessons, int correct, int asked,
            @Nullable Integer percent) {
    }

    /** A question, hardest first; {@code percent} of right first answers is null under {@link #MIN_ANSWERS}. */
    public record QuestionLine(int lesson, int number, String text, int answers, int correct,
            @Nullable Integer percent) {
    }

    /** The chat's CSV file of a report. */
    public record CsvFile(String name, byte[] content) {
    }
}
