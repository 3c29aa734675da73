package org.lighthouse.classroom;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.Reply;
import org.lighthouse.content.Catalog;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Features.StartLink;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.Turn;
import org.lighthouse.shared.Texts;
import org.lighthouse.shared.Redaction;
import org.lighthouse.shared.TextFolding;
import org.springframework.stereotype.Component;

/**
 * A student joins a class with its link ({@code /start join_<code>}): confirms, picks the name the teacher will see,
 * and gets the work already given. Buttons {@code cls:...}; leaving is here too.
 */
@Component
class JoinFlow implements StartLink, ButtonAction, TextStep {

    static final String LINK = "join";
    private static final String NAME_STEP = "class.name";
    private static final String CLASS = "class";

    private final Classrooms classrooms;
    private final Assignments assignments;
    private final WrongCodes wrongCodes;
    private final Notices notices;
    private final ClassroomSettings settings;
    private final Catalog catalog;
    private final Texts texts;
    private final Clock clock;

    JoinFlow(Classrooms classrooms, Assignments assignments, WrongCodes wrongCodes, Notices notices,
            ClassroomSettings settings, Catalog catalog, Texts texts, Clock clock) {
        this.classrooms = classrooms;
        this.assignments = assignments;
        this.wrongCodes = wrongCodes;
        this.notices = notices;
        this.settings = settings;
        this.catalog = catalog;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "cls";
    }

    @Override
    public String linkPrefix() {
        return LINK;
    }

    @Override
    public String stepPrefix() {
        return NAME_STEP;
    }

    /** The link: asks to confirm, so that nobody lands in a class by a stray tap. */
    @Override
    public void follow(Turn turn, String code) {
        classFor(turn, code).ifPresent(classroom -> turn.reply(Reply.withButtons(
                turn.text("classroom.join.confirm", Map.of("class", classroom.name())), List.of(List.of(
                        Button.of(turn.text("classroom.join.yes"), "cls:j:" + classroom.code()),
                        Button.of(turn.text("classroom.join.no"), "cls:n"))))));
    }

    /** {@code /join CODE}, typed where no link can carry the code ({@link JoinByCode}), kept across the language question. */
    @Override
    public Optional<String> writtenIn(Inbound inbound) {
        return JoinByCode.codeIn(inbound).flatMap(Codes::read);
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] p = payload.split(":", 2);
        switch (p[0]) {
            case "j" -> confirmed(turn, p.length > 1 ? p[1] : "");
            case "n" -> {
                turn.replyInPlace(turn.text("classroom.join.declined"), List.of());
                turn.showMenu();
            }
            case "x" -> mine(turn, p).ifPresentOrElse(m -> askLeave(turn, m), turn::refuseButton);
            case "xx" -> mine(turn, p).ifPresentOrElse(m -> leave(turn, m), turn::refuseButton);
            default -> turn.refuseButton();
        }
    }

    /** The name typed: kept for the class when it is fit to show and not taken there. */
    @Override
    public void read(Turn turn, String text) {
        Optional<Classroom> classroom = turn.slot(CLASS).flatMap(classrooms::find);
        if (classroom.isEmpty()) {
            turn.goTo("menu");
            turn.showMenu();
            return;
        }
        String name = text.strip().replaceAll("\\s+", " ");
        Optional<String> problem = nameProblem(name, classroom.get());
        if (problem.isPresent()) {
            turn.say(problem.get(), Map.of("max", Member.MAX_NAME));
            return;
        }
        turn.goTo("menu");
        String student = turn.chat().key();
        if (!classrooms.join(Member.of(classroom.get().id(), student, name, turn.language(), clock.instant()))) {
            turn.say("classroom.join.already", Map.of("class", classroom.get().name(), "name",
                    classrooms.member(classroom.get().id(), student).map(Member::name).orElse(name)));
            turn.showMenu();
            return;
        }
        turn.say("classroom.join.welcome", Map.of("class", classroom.get().name(), "name", name));
        Words words = new Words(texts, catalog, turn.language());
        assignments.of(classroom.get().id()).stream().filter(a -> a.dueAt().isAfter(clock.instant()))
                .forEach(a -> turn.reply(notices.assignedReply(classroom.get(), a, Work.none(a.id(), student), words)));
        turn.showMenu();
    }

    private void confirmed(Turn turn, String code) {
        classFor(turn, code).ifPresent(classroom -> {
            turn.goTo(NAME_STEP);
            turn.keep(CLASS, classroom.id());
            turn.replyInPlace(turn.text("classroom.join.askName", Map.of("class", classroom.name(), "max",
                    Member.MAX_NAME)), List.of());
        });
    }

    /** The class of a code, when the person may join it; otherwise says why not. */
    private Optional<Classroom> classFor(Turn turn, String code) {
        Optional<Classroom> classroom = wrongCodes.attempt(turn, code, classrooms::byCode, "classroom.join.wrongCode");
        if (classroom.isEmpty()) {
            turn.showMenu();
            return classroom;
        }
        Optional<Member> member = classrooms.member(classroom.get().id(), turn.chat().key());
        if (member.isPresent()) {
            turn.say("classroom.join.already", Map.of("class", classroom.get().name(), "name", member.get().name()));
        } else if (classrooms.size(classroom.get().id()) >= settings.maxStudents()) {
            turn.say("classroom.join.full", Map.of("class", classroom.get().name()));
        } else {
            return classroom;
        }
        turn.showMenu();
        return Optional.empty();
    }

    private Optional<String> nameProblem(String name, Classroom classroom) {
        if (name.isEmpty() || name.length() > Member.MAX_NAME || name.codePoints()
                .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("classroom.join.nameRule");
        }
        if (name.contains(Redaction.PHONE) || name.replaceAll("\\D", "").length() >= 6) {
            return Optional.of("classroom.join.nameNoPhone");
        }
        String folded = TextFolding.fold(name);
        if (classrooms.members(classroom.id()).stream().anyMatch(m -> TextFolding.fold(m.name()).equals(folded))) {
            return Optional.of("classroom.join.nameTaken");
        }
        return Optional.empty();
    }

    private Optional<Member> mine(Turn turn, String[] payload) {
        return payload.length < 2 ? Optional.empty() : classrooms.member(payload[1], turn.chat().key());
    }

    private void askLeave(Turn turn, Member member) {
        String name = classrooms.find(member.classId()).map(Classroom::name).orElse("");
        turn.replyInPlace(turn.text("classroom.leave.confirm", Map.of("class", name)), List.of(List.of(
                Button.of(turn.text("classroom.leave.yes"), "cls:xx:" + member.classId()),
                Button.of(turn.text("classroom.leave.no"), "m:home"))));
    }

    private void leave(Turn turn, Member member) {
        classrooms.leave(member);
        assignments.forget(assignments.of(member.classId()).stream().map(Assignment::id).toList(), member.student());
        String name = classrooms.find(member.classId()).map(Classroom::name).orElse("");
        turn.replyInPlace(turn.text("classroom.leave.done", Map.of("class", name)), List.of());
        turn.showMenu();
    }
}
