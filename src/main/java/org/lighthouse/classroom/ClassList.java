package org.lighthouse.classroom;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * {@code /classes}: a teacher's classes; a student's classes with the work open in each, a button to go on with it
 * and one to leave the class.
 */
@Component
class ClassList implements Command {

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final Teachers teachers;
    private final Desk desk;
    private final Catalog catalog;
    private final Texts texts;
    private final Clock clock;

    ClassList(Classrooms classrooms, Assignments assignments, Teachers teachers, Desk desk, Catalog catalog,
            Texts texts, Clock clock) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.teachers = teachers;
        this.desk = desk;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Set<String> names() {
        return Set.of("classes");
    }

    @Override
    public void run(Turn turn) {
        turn.goTo("menu");
        boolean teacher = teachers.isTeacher(turn.chat().key());
        if (teacher) {
            desk.classes(turn);
        }
        List<Member> memberships = classrooms.memberships(turn.chat().key());
        if (memberships.isEmpty()) {
            if (!teacher) {
                turn.say("classroom.student.noClasses");
                turn.showMenu();
            }
            return;
        }
        Words words = new Words(texts, catalog, turn.language());
        StringBuilder text = new StringBuilder(words.get("classroom.student.classes"));
        List<List<Button>> rows = new ArrayList<>();
        for (Member member : memberships) {
            classrooms.speaks(member, turn.language());
            Optional<Classroom> found = classrooms.find(member.classId());
            if (found.isEmpty()) {
                continue;
            }
            Classroom classroom = found.get();
            text.append("\n\n").append(words.get("classroom.student.class", Map.of("class", classroom.name(), "name",
                    member.name())));
            for (Assignment assignment : assignments.of(classroom.id())) {
                Work work = assignments.work(assignment.id(), member.student());
                if (assignment.dueAt().isBefore(clock.instant()) || work.finished(assignment.lessonIds())) {
                    continue;
                }
                text.append('\n').append(words.get("classroom.student.open", Map.of("work", words.work(assignment),
                        "done", work.completed(assignment.lessonIds()), "count", assignment.lessonIds().size())));
                work.next(assignment.lessonIds()).ifPresent(lesson -> rows.add(List.of(Button.of(words.get(
                        "classroom.student.start", Map.of("lesson", words.lesson(lesson))), "l:o:" + lesson))));
            }
            rows.add(List.of(Button.of(words.get("classroom.student.leave", Map.of("class", classroom.name())),
                    "cls:x:" + classroom.id())));
        }
        rows.add(List.of(Button.of(words.get("classroom.menu"), "m:home")));
        turn.reply(Reply.withButtons(text.toString(), rows));
    }
}
