package org.lighthouse.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Button;
import org.lighthouse.content.Catalog;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * What every teacher screen shares: the teacher's own classes (a button naming another's class changes nothing), the
 * class panel and the list of classes.
 */
@Component
class Desk {

    /** The most assignments a class panel lists, newest first. */
    private static final int RECENT = 5;

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final Catalog catalog;
    private final Texts texts;

    Desk(Classrooms classrooms, Assignments assignments, Catalog catalog, Texts texts) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.catalog = catalog;
        this.texts = texts;
    }

    Words words(Turn turn) {
        return new Words(texts, catalog, turn.language());
    }

    /** The class, when the person pressing or typing is its teacher. */
    Optional<Classroom> owned(Turn turn, String classId) {
        return classrooms.find(classId).filter(c -> c.teacher().equals(turn.chat().key()));
    }

    /** The assignment and its class, when the person is the class's teacher. */
    Optional<Assignment> ownedAssignment(Turn turn, String assignmentId) {
        return assignments.find(assignmentId).filter(a -> owned(turn, a.classId()).isPresent());
    }

    /** The assignment's results, as the chat's report and CSV and the console's pages show them. */
    Report report(Assignment assignment) {
        Classroom classroom = classrooms.find(assignment.classId()).orElseThrow();
        return Report.of(classroom, assignment, classrooms.members(classroom.id()), assignments.work(assignment.id()),
                assignments.unreached(assignment.id()), catalog);
    }

    /** The class: its students, the work given lately with how many finished, and what the teacher can do. */
    void panel(Turn turn, Classroom classroom) {
        Words words = words(turn);
        List<Member> members = classrooms.members(classroom.id());
        StringBuilder text = new StringBuilder(words.get("classroom.panel.title", Map.of("class", classroom.name(),
                "count", members.size())));
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(Button.of(words.get("classroom.panel.assign"), "tas:a:" + classroom.id())));
        List<Assignment> recent = assignments.of(classroom.id()).stream().limit(RECENT).toList();
        if (recent.isEmpty()) {
            text.append("\n\n").append(words.get("classroom.panel.nothingAssigned"));
        }
        for (Assignment assignment : recent) {
            Map<String, Work> work = assignments.work(assignment.id());
            long finished = members.stream().filter(m -> work.containsKey(m.student())
                    && work.get(m.student()).finished(assignment.lessonIds())).count();
            text.append("\n").append(words.get("classroom.panel.assignment", Map.of("work", words.work(assignment),
                    "finished", finished, "count", members.size())));
            rows.add(List.of(Button.of(words.get("classroom.panel.report", Map.of("title", words.title(assignment),
                    "due", words.date(assignment.dueDay()))), "tch:r:" + assignment.id())));
        }
        rows.add(List.of(Button.of(words.get("classroom.panel.link"), "tch:q:" + classroom.id()),
                Button.of(words.get("classroom.panel.newCode"), "tch:k:" + classroom.id())));
        rows.add(List.of(Button.of(words.get("classroom.panel.classes"), "tch:h")));
        turn.replyInPlace(text.toString(), rows);
    }

    /** The teacher's classes, each a button to its panel. */
    void classes(Turn turn) {
        Words words = words(turn);
        List<Classroom> mine = classrooms.of(turn.chat().key());
        if (mine.isEmpty()) {
            turn.replyInPlace(words.get("classroom.teacher.noClasses"), List.of());
            return;
        }
        List<List<Button>> rows = mine.stream().map(c -> List.of(Button.of(words.get("classroom.teacher.classButton",
                Map.of("class", c.name(), "count", classrooms.size(c.id()))), "tch:p:" + c.id()))).toList();
        turn.replyInPlace(words.get("classroom.teacher.classes"), rows);
    }
}
