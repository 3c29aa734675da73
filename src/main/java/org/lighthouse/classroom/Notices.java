package org.lighthouse.classroom;

import java.util.List;
import java.util.Map;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/**
 * Messages to students about their work, each in the student's language with a button that opens the next lesson to
 * do. Sent through the outbox under a key per assignment and student, so a message is never sent twice.
 */
@Component
class Notices {

    private final Outbox outbox;
    private final Texts texts;
    private final Catalog catalog;

    Notices(Outbox outbox, Texts texts, Catalog catalog) {
        this.outbox = outbox;
        this.texts = texts;
        this.catalog = catalog;
    }

    void assigned(Classroom classroom, Assignment assignment, Member member) {
        outbox.send(member.chat(), "class:" + assignment.id() + ":given:" + member.student(),
                List.of(assignedReply(classroom, assignment, Work.none(assignment.id(), member.student()),
                        words(member))));
    }

    void remind(Classroom classroom, Assignment assignment, Member member, Work work) {
        Words words = words(member);
        String text = words.get("classroom.student.reminder", Map.of("class", classroom.name(), "title",
                words.title(assignment), "due", words.date(assignment.dueDay()), "done",
                work.completed(assignment.lessonIds()), "count", assignment.lessonIds().size()));
        outbox.send(member.chat(), "class:" + assignment.id() + ":reminder:" + member.student(),
                List.of(Reply.withButtons(text, startButton(assignment, work, words))));
    }

    /** The message of new work, also shown to a student who joins after it was given. */
    Reply assignedReply(Classroom classroom, Assignment assignment, Work work, Words words) {
        String text = words.get("classroom.student.assigned", Map.of("class", classroom.name(), "work",
                words.work(assignment)));
        return Reply.withButtons(text, startButton(assignment, work, words));
    }

    private static List<List<Button>> startButton(Assignment assignment, Work work, Words words) {
        return work.next(assignment.lessonIds()).map(lesson -> List.of(List.of(Button.of(words.get(
                "classroom.student.start", Map.of("lesson", words.lesson(lesson))), "l:o:" + lesson))))
                .orElse(List.of());
    }

    private Words words(Member member) {
        return new Words(texts, catalog, member.language());
    }
}
