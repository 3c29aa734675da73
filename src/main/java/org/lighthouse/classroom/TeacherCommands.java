package org.lighthouse.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Reply;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.StartLink;
import org.lighthouse.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * {@code /invite_teacher} (admins), {@code /teacher CODE} or its link {@code /start teach_CODE}, and
 * {@code /newclass NAME} (teachers).
 */
@Component
class TeacherCommands implements Command, StartLink {

    private final Admins admins;
    private final Teachers teachers;
    private final NewClasses newClasses;
    private final WrongCodes wrongCodes;
    private final JoinLinks joinLinks;
    private final Desk desk;
    private final ClassroomSettings settings;

    TeacherCommands(Admins admins, Teachers teachers, NewClasses newClasses, WrongCodes wrongCodes,
            JoinLinks joinLinks, Desk desk, ClassroomSettings settings) {
        this.admins = admins;
        this.teachers = teachers;
        this.newClasses = newClasses;
        this.wrongCodes = wrongCodes;
        this.joinLinks = joinLinks;
        this.desk = desk;
        this.settings = settings;
    }

    @Override
    public Set<String> names() {
        return Set.of("invite_teacher", "teacher", "newclass");
    }

    @Override
    public String linkPrefix() {
        return "teach";
    }

    @Override
    public void run(Turn turn) {
        String argument = turn.inbound().commandArgument();
        switch (turn.inbound().command()) {
            case "invite_teacher" -> invite(turn);
            case "teacher" -> follow(turn, argument);
            default -> newClass(turn, argument);
        }
    }

    /** An admin gets a one-time code, as a message to forward to the teacher. Anyone else: an unknown command. */
    private void invite(Turn turn) {
        if (!admins.isAdmin(turn.inbound())) {
            turn.say("unknown.command");
            turn.showMenu();
            return;
        }
        Teachers.Invite invite = teachers.invite(turn.inbound().sender());
        Map<String, Object> values = Map.of("code", Codes.grouped(invite.code()), "command", "/teacher "
                + invite.code(), "days", settings.inviteValidity().toDays());
        turn.say("classroom.invite.issued", values);
        Optional<String> link = joinLinks.link(linkPrefix() + "_" + invite.code());
        turn.say(link.isPresent() ? "classroom.invite.forwardLink" : "classroom.invite.forward",
                Map.of("link", link.orElse(""), "command", values.get("command")));
    }

    /** Redeems an invite code, typed or from its link. */
    @Override
    public void follow(Turn turn, String code) {
        String chat = turn.chat().key();
        if (teachers.isTeacher(chat)) {
            turn.say("classroom.teacher.already");
            return;
        }
        if (code.isBlank()) {
            turn.say("classroom.teacher.usage");
            return;
        }
        wrongCodes.attempt(turn, code, c -> teachers.redeem(c, chat), "classroom.teacher.wrongCode")
                .ifPresentOrElse(t -> turn.say("classroom.teacher.welcome"), turn::showMenu);
    }

    private void newClass(Turn turn, String argument) {
        String chat = turn.chat().key();
        if (!teachers.isTeacher(chat)) {
            turn.say("classroom.newclass.notTeacher");
            turn.showMenu();
            return;
        }
        NewClasses.Outcome outcome = newClasses.create(chat, argument, Codes.idOf(turn.inbound()));
        if (outcome instanceof NewClasses.Made made) {
            made(turn, made.classroom());
        } else if (outcome instanceof NewClasses.Exists exists) {
            turn.say("classroom.newclass.exists", Map.of("class", exists.classroom().name()));
            desk.panel(turn, exists.classroom());
        } else if (outcome instanceof NewClasses.Refused refused) {
            switch (refused.problem()) {
                case EMPTY -> turn.say("classroom.newclass.usage");
                case TOO_LONG -> turn.say("classroom.newclass.tooLong", Map.of("max", Classroom.MAX_NAME, "length",
                        refused.name().length()));
                case TOO_MANY -> turn.say("classroom.newclass.tooMany", Map.of("max", settings.maxClasses()));
            }
        }
    }

    private void made(Turn turn, Classroom classroom) {
        Words words = desk.words(turn);
        joinLinks.of(turn.chat(), classroom, words).forEach(turn::reply);
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(Button.of(words.get("classroom.panel.assign"), "tas:a:" + classroom.id()),
                Button.of(words.get("classroom.newclass.open"), "tch:p:" + classroom.id())));
        String created = JoinLinks.sharesLinks(turn.chat()) ? "classroom.newclass.created"
                : "classroom.newclass.createdCode";
        turn.reply(Reply.withButtons(words.get(created, Map.of("class", classroom.name())), rows));
    }
}
