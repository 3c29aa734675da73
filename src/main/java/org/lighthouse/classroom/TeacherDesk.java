package org.lighthouse.classroom;

import java.util.List;
import java.util.Map;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * A teacher's buttons for their classes ({@code tch:...}): the classes, a class, its link and QR code, a new link,
 * and an assignment's report in the chat or as a CSV file. Every button names a class or an assignment; one that is
 * not the presser's changes nothing.
 */
@Component
class TeacherDesk implements ButtonAction {

    private final Desk desk;
    private final Classrooms classrooms;
    private final JoinLinks joinLinks;

    TeacherDesk(Desk desk, Classrooms classrooms, JoinLinks joinLinks) {
        this.desk = desk;
        this.classrooms = classrooms;
        this.joinLinks = joinLinks;
    }

    @Override
    public String prefix() {
        return "tch";
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] p = payload.split(":");
        if (p[0].equals("h")) {
            desk.classes(turn);
            return;
        }
        String id = p.length == 2 ? p[1] : "";
        switch (p[0]) {
            case "p" -> desk.owned(turn, id).ifPresentOrElse(c -> desk.panel(turn, c), turn::refuseButton);
            case "q" -> desk.owned(turn, id).ifPresentOrElse(c -> link(turn, c), turn::refuseButton);
            case "k" -> desk.owned(turn, id).ifPresentOrElse(c -> askNewCode(turn, c), turn::refuseButton);
            case "kk" -> desk.owned(turn, id).ifPresentOrElse(c -> newCode(turn, c), turn::refuseButton);
            case "r" -> desk.ownedAssignment(turn, id).ifPresentOrElse(a -> report(turn, a), turn::refuseButton);
            case "c" -> desk.ownedAssignment(turn, id).ifPresentOrElse(a -> csv(turn, a), turn::refuseButton);
            default -> turn.refuseButton();
        }
    }

    private void link(Turn turn, Classroom classroom) {
        joinLinks.of(turn.chat(), classroom, desk.words(turn)).forEach(turn::reply);
    }

    private void askNewCode(Turn turn, Classroom classroom) {
        Words words = desk.words(turn);
        turn.replyInPlace(words.get("classroom.newCode.confirm", Map.of("class", classroom.name())), List.of(List.of(
                Button.of(words.get("classroom.newCode.yes"), "tch:kk:" + classroom.id()),
                Button.of(words.get("classroom.newCode.no"), "tch:p:" + classroom.id()))));
    }

    private void newCode(Turn turn, Classroom classroom) {
        Classroom changed = classrooms.newCode(classroom);
        Words words = desk.words(turn);
        turn.replyInPlace(words.get("classroom.newCode.done", Map.of("class", changed.name())), List.of());
        joinLinks.of(turn.chat(), changed, words).forEach(turn::reply);
    }

    private void report(Turn turn, Assignment assignment) {
        Words words = desk.words(turn);
        Report report = desk.report(assignment);
        turn.replyInPlace(ReportText.of(report, words), List.of(
                List.of(Button.of(words.get("classroom.report.csv"), "tch:c:" + assignment.id()),
                        Button.of(words.get("classroom.report.refresh"), "tch:r:" + assignment.id())),
                List.of(Button.of(words.get("classroom.report.back"), "tch:p:" + assignment.classId()))));
    }

    private void csv(Turn turn, Assignment assignment) {
        Words words = desk.words(turn);
        Report report = desk.report(assignment);
        turn.reply(Reply.withDocument(words.get("classroom.report.csvCaption", Map.of("class",
                report.classroom().name(), "work", words.work(assignment))), List.of(), ReportCsv.of(report, words)));
    }
}
