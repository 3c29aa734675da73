package org.lighthouse.classroom;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.classroom.ClassViews.Choice;
import org.lighthouse.classroom.ClassViews.Choices;
import org.lighthouse.classroom.ClassViews.ClassPage;
import org.lighthouse.classroom.ClassViews.CsvFile;
import org.lighthouse.classroom.ClassViews.JoinCard;
import org.lighthouse.classroom.ClassViews.Pupil;
import org.lighthouse.classroom.ClassViews.ReportPage;
import org.lighthouse.classroom.ClassViews.Summary;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Series;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * The classroom as the console's teachers' pages use it. A teacher is named by the Telegram user id of their console
 * account, the chat in which they became a teacher; a class or assignment that is not theirs is empty, exactly as one
 * that does not exist. Classes and work are made by the same rules as in the chat, and reports are the chat's.
 */
@Component
public class ClassroomConsole {

    /** What came of a new class: made, the teacher's class of that name, or refused for the reason named. */
    public enum Creation { MADE, EXISTS, EMPTY, TOO_LONG, TOO_MANY }

    /** {@code classId} is the class made or found, null when refused. */
    public record Created(Creation creation, @Nullable String classId, int maxName, int maxClasses) {
    }

    /** What came of giving work: given (sent to {@code reached} students), given before, or refused. */
    public enum Assigning { GIVEN, TWIN, BAD_DAY, UNKNOWN_WORK }

    /** {@code workId} is the assignment given or found, null when refused. */
    public record Given(Assigning assigning, @Nullable String workId, long reached, long unreached) {
    }

    private final Teachers teachers;
    private final Classrooms classrooms;
    private final Assignments assignments;
    private final NewClasses newClasses;
    private final Giving giving;
    private final Desk desk;
    private final JoinLinks joinLinks;
    private final Catalog catalog;
    private final Texts texts;
    private final ClassroomSettings settings;
    private final Clock clock;

    ClassroomConsole(Teachers teachers, Classrooms classrooms, Assignments assignments, NewClasses newClasses,
            Giving giving, Desk desk, JoinLinks joinLinks, Catalog catalog, Texts texts,
            ClassroomSettings settings, Clock clock) {
        this.teachers = teachers;
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.newClasses = newClasses;
        this.giving = giving;
        this.desk = desk;
        this.joinLinks = joinLinks;
        this.catalog = catalog;
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the Telegram user became a teacher in the chat (by an admin's invitation). */
    public boolean isTeacher(long telegram) {
        return teachers.isTeacher(chat(telegram));
    }

    /** The teacher's classes, oldest first. */
    public List<Summary> classes(long telegram) {
        return classrooms.of(chat(telegram)).stream().map(c -> new Summary(c.id(), c.name(),
                classrooms.size(c.id()), assignments.of(c.id()).stream()
                        .filter(a -> a.dueAt().isAfter(clock.instant())).count())).toList();
    }

    /** Makes a class as {@code /newclass} does; only a teacher may. */
    public Created createClass(long telegram, String name) {
        if (!isTeacher(telegram)) {
            throw new IllegalStateException("only teachers make classes");
        }
        NewClasses.Outcome outcome = newClasses.create(chat(telegram), name, Codes.fresh());
        Creation creation;
        String id = null;
        if (outcome instanceof NewClasses.Made made) {
            creation = Creation.MADE;
            id = made.classroom().id();
        } else if (outcome instanceof NewClasses.Exists exists) {
            creation = Creation.EXISTS;
            id = exists.classroom().id();
        } else {
            creation = Creation.valueOf(((NewClasses.Refused) outcome).problem().name());
        }
        return new Created(creation, id, Classroom.MAX_NAME, settings.maxClasses());
    }

    public Optional<ClassPage> classPage(long telegram, String classId, Language language) {
        Words words = words(language);
        return owned(telegram, classId).map(c -> new ClassPage(c.id(), c.name(), Codes.grouped(c.code()),
                joinLinks.link(c.joinPayload()).orElse(null), classrooms.members(c.id()).stream()
                        .map(m -> new Pupil(m.name(), m.chat().channel().app(), m.joinedAt())).toList(),
                assignments.of(c.id()).stream().map(a -> work(a, words)).toList()));
    }

    public Optional<JoinCard> joinCard(long telegram, String classId) {
        return owned(telegram, classId).map(c -> {
            Optional<String> link = joinLinks.link(c.joinPayload());
            return new JoinCard(c.id(), c.name(), Codes.grouped(c.code()), link.orElse(null),
                    link.map(JoinLinks::qr).orElse(null));
        });
    }

    /** The series and lessons one may give, and the due days one may choose now. */
    public Choices choices(Language language) {
        Words words = words(language);
        List<Choice> work = new ArrayList<>();
        for (Series series : catalog.series()) {
            work.add(new Choice("s:" + series.id(), words.shown(series.title()), series.lessonIds().size(), true));
        }
        for (Lesson lesson : catalog.lessonsInOrder()) {
            work.add(new Choice("l:" + lesson.id(), words.shown(lesson.title()), 1, false));
        }
        return new Choices(giving.firstDay(), giving.lastDay(), work);
    }

    /**
     * Gives the class a series ({@code s:<id>}) or a lesson ({@code l:<id>}) due on the day, as the chat does; empty
     * when the class is not the teacher's.
     */
    public Optional<Given> give(long telegram, String classId, String choice, LocalDate due) {
        Optional<Classroom> classroom = owned(telegram, classId);
        if (classroom.isEmpty()) {
            return Optional.empty();
        }
        String id = choice.length() > 2 ? choice.substring(2) : "";
        Optional<Series> series = choice.startsWith("s:") ? catalog.series(id) : Optional.empty();
        List<String> lessons = series.map(Series::lessonIds).orElseGet(() -> choice.startsWith("l:")
                && catalog.lesson(id).isPresent() ? List.of(id) : List.of());
        if (lessons.isEmpty()) {
            return Optional.of(new Given(Assigning.UNKNOWN_WORK, null, 0, 0));
        }
        Giving.Outcome outcome = giving.give(classroom.get(),
                series.map(Series::id).orElse(null), lessons, due, Codes.fresh());
        if (outcome instanceof Giving.Given given) {
            return Optional.of(new Given(Assigning.GIVEN, given.assignment().id(), given.reached(), given.unreached()));
        }
        if (outcome instanceof Giving.Twin twin) {
            return Optional.of(new Given(Assigning.TWIN, twin.assignment().id(), 0, 0));
        }
        return Optional.of(new Given(Assigning.BAD_DAY, null, 0, 0));
    }

    /** The chat's report of the assignment, when it is the teacher's. */
    public Optional<ReportPage> report(long telegram, String workId, Language language) {
        return ownedWork(telegram, workId).map(a -> ReportPages.of(desk.report(a), words(language)));
    }

    /** The chat's CSV file of the assignment's report, when it is the teacher's. */
    public Optional<CsvFile> csv(long telegram, String workId, Language language) {
        return ownedWork(telegram, workId).map(a -> {
            Reply.Document file = ReportCsv.of(desk.report(a), words(language));
            return new CsvFile(file.fileName(), file.content());
        });
    }

    private ClassViews.Work work(Assignment assignment, Words words) {
        Report report = desk.report(assignment);
        return new ClassViews.Work(assignment.id(), words.title(assignment), assignment.lessonIds().size(),
                assignment.dueDay(), assignment.dueAt().isAfter(clock.instant()),
                report.students().stream().filter(Report.Student::finished).map(Report.Student::name).toList(),
                report.students().stream().filter(s -> !s.finished()).map(Report.Student::name).toList());
    }

    private Optional<Classroom> owned(long telegram, String classId) {
        return classrooms.find(classId).filter(c -> c.teacher().equals(chat(telegram)));
    }

    private Optional<Assignment> ownedWork(long telegram, String workId) {
        return assignments.find(workId).filter(a -> owned(telegram, a.classId()).isPresent());
    }

    private Words words(Language language) {
        return new Words(texts, catalog, language);
    }

    private static String chat(long telegram) {
        return ChatRef.telegram(telegram).key();
    }
}
