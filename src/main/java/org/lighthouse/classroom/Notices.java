package org.lighthouse.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.Reply;
import org.lighthouse.channel.ReplyWindow;
import org.lighthouse.content.Catalog;
import org.lighthouse.safety.SafetyConversations;
import org.lighthouse.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Messages to students about their work, each in the student's language with a button that opens the next lesson to
 * do. Sent through the outbox under a key per assignment and student, so a message is never sent twice. A student who
 * is talking with the safety net gets them once that conversation is over: homework must not break into it. A student
 * whose channel does not let the bot write now ({@link ReplyWindow}: Messenger, more than 24 hours after their last
 * message) gets nothing, and is counted for the teacher as not reached.
 */
@Component
class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final Outbox outbox;
    private final Texts texts;
    private final Catalog catalog;
    private final SafetyConversations safety;
    private final MongoTemplate mongo;
    private final List<ReplyWindow> windows;
    private final Clock clock;

    Notices(Outbox outbox, Texts texts, Catalog catalog, SafetyConversations safety, MongoTemplate mongo,
            List<ReplyWindow> windows, Clock clock) {
        this.outbox = outbox;
        this.texts = texts;
        this.catalog = catalog;
        this.safety = safety;
        this.mongo = mongo;
        this.windows = windows;
        this.clock = clock;
    }

    /** Sends the student the work given; false when their channel does not let the bot write to them now. */
    boolean assigned(Classroom classroom, Assignment assignment, Member member) {
        return send(assignment, member, "class:" + assignment.id() + ":given:" + member.student(),
                List.of(assignedReply(classroom, assignment, Work.none(assignment.id(), member.student()),
                        words(member))));
    }

    /** Sends the notices kept back from students whose conversation with the safety net has ended. */
    @Scheduled(fixedDelayString = "${lighthouse.classroom.check-every:PT5M}",
            initialDelayString = "${lighthouse.classroom.check-every:PT5M}")
    void sendHeld() {
        for (HeldNotice held : mongo.findAll(HeldNotice.class)) {
            ChatRef chat = ChatRef.parse(held.student());
            if (!safety.engages(chat)) {
                if (mayWrite(chat)) {
                    outbox.send(chat, held.key(), held.replies());
                } else {
                    // the key is class:<assignment>:<what>:<student>
                    unreached(held.key().split(":")[1], held.student());
                }
                mongo.remove(held);
            }
        }
    }

    private boolean send(Assignment assignment, Member member, String key, List<Reply> replies) {
        if (!mayWrite(member.chat())) {
            unreached(assignment.id(), member.student());
            return false;
        }
        if (safety.engages(member.chat())) {
            log.info("Holding a class notice for a student in a conversation with the safety net");
            mongo.save(new HeldNotice(key, member.student(), replies, clock.instant()));
        } else {
            outbox.send(member.chat(), key, replies);
        }
        return true;
    }

    /** Whether the student's channel lets the bot write to them now, unasked. */
    private boolean mayWrite(ChatRef chat) {
        return windows.stream().filter(w -> w.covers(chat)).allMatch(w -> w.open(chat));
    }

    private void unreached(String assignment, String student) {
        log.info("A class notice of assignment {} could not reach a student: their channel's window is closed",
                assignment);
        mongo.save(Unreached.of(assignment, student, clock.instant()));
    }

    void remind(Classroom classroom, Assignment assignment, Member member, Work work) {
        Words words = words(member);
        String text = words.get("classroom.student.reminder", Map.of("class", classroom.name(), "title",
                words.title(assignment), "due", words.date(assignment.dueDay()), "done",
                work.completed(assignment.lessonIds()), "count", assignment.lessonIds().size()));
        send(assignment, member, "class:" + assignment.id() + ":reminder:" + member.student(),
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
