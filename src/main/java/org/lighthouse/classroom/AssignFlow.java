package org.lighthouse.classroom;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.Lesson;
import org.lighthouse.content.Series;
import org.lighthouse.conversation.Features.ButtonAction;
import org.lighthouse.conversation.Turn;
import org.springframework.stereotype.Component;

/**
 * Giving work to a class with a few presses ({@code tas:...}): a series, or lessons ticked one by one, then a due day
 * (tomorrow, in 3 days, Friday, in a week). Every student of the class gets a message with a button to start.
 */
@Component
class AssignFlow implements ButtonAction {

    private static final String PICK_STEP = "class.pick";
    private static final String CLASS = "class";
    private static final String LESSONS = "lessons";

    private final Desk desk;
    private final Giving giving;
    private final Catalog catalog;
    private final ClassroomSettings settings;
    private final Clock clock;

    AssignFlow(Desk desk, Giving giving, Catalog catalog, ClassroomSettings settings, Clock clock) {
        this.desk = desk;
        this.giving = giving;
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String prefix() {
        return "tas";
    }

    @Override
    public void press(Turn turn, String payload) {
        String[] p = payload.split(":");
        Optional<Classroom> classroom = part(p, 1).flatMap(id -> desk.owned(turn, id));
        if (classroom.isEmpty()) {
            turn.refuseButton();
            return;
        }
        Classroom c = classroom.get();
        Optional<Series> series = part(p, 2).flatMap(catalog::series);
        switch (p[0]) {
            case "a" -> what(turn, c);
            case "s" -> series.ifPresentOrElse(s -> due(turn, c, "tas:ds:" + c.id() + ":" + s.id() + ":",
                    desk.words(turn).shown(s.title())), turn::refuseButton);
            case "l" -> {
                turn.goTo(PICK_STEP);
                turn.keep(CLASS, c.id());
                pick(turn, c, Set.of());
            }
            case "t" -> picked(turn, c).filter(x -> part(p, 2).flatMap(catalog::lesson).isPresent())
                    .ifPresentOrElse(chosen -> toggle(turn, c, chosen, p[2]), turn::refuseButton);
            case "n" -> picked(turn, c).filter(chosen -> !chosen.isEmpty()).ifPresentOrElse(chosen -> due(turn, c,
                    "tas:dl:" + c.id() + ":", desk.words(turn).title(null, inOrder(chosen))), turn::refuseButton);
            case "ds" -> series.filter(s -> p.length == 4)
                    .ifPresentOrElse(s -> assign(turn, c, s.id(), s.lessonIds(), p[3]), turn::refuseButton);
            case "dl" -> picked(turn, c).filter(chosen -> !chosen.isEmpty() && p.length == 3)
                    .ifPresentOrElse(chosen -> assign(turn, c, null, inOrder(chosen), p[2]), turn::refuseButton);
            default -> turn.refuseButton();
        }
    }

    /** A series (one button each) or lessons of one's choice. */
    private void what(Turn turn, Classroom classroom) {
        Words words = desk.words(turn);
        List<List<Button>> rows = new ArrayList<>();
        for (Series series : catalog.series()) {
            String label = words.get("classroom.assign.series", Map.of("series", words.shown(series.title()), "count",
                    series.lessonIds().size()));
            rows.add(List.of(Button.of(label, "tas:s:" + classroom.id() + ":" + series.id())));
        }
        rows.add(List.of(Button.of(words.get("classroom.assign.pickLessons"), "tas:l:" + classroom.id())));
        rows.add(List.of(Button.of(words.get("classroom.back"), "tch:p:" + classroom.id())));
        turn.replyInPlace(words.get("classroom.assign.what", Map.of("class", classroom.name())), rows);
    }

    private void toggle(Turn turn, Classroom classroom, Set<String> chosen, String lessonId) {
        Set<String> now = new LinkedHashSet<>(chosen);
        if (!now.remove(lessonId)) {
            now.add(lessonId);
        }
        turn.keep(LESSONS, String.join(",", now));
        pick(turn, classroom, now);
    }

    /** Every lesson, ticked or not; a press ticks or unticks one. */
    private void pick(Turn turn, Classroom classroom, Set<String> chosen) {
        Words words = desk.words(turn);
        List<List<Button>> rows = new ArrayList<>();
        for (Lesson lesson : catalog.lessonsInOrder()) {
            String key = chosen.contains(lesson.id()) ? "classroom.assign.lessonOn" : "classroom.assign.lessonOff";
            rows.add(List.of(Button.of(words.get(key, Map.of("lesson", words.shown(lesson.title()))),
                    "tas:t:" + classroom.id() + ":" + lesson.id())));
        }
        List<Button> last = new ArrayList<>();
        last.add(Button.of(words.get("classroom.back"), "tas:a:" + classroom.id()));
        if (!chosen.isEmpty()) {
            last.add(Button.of(words.get("classroom.assign.next", Map.of("count", chosen.size())),
                    "tas:n:" + classroom.id()));
        }
        rows.add(last);
        turn.replyInPlace(words.get("classroom.assign.pick", Map.of("class", classroom.name())), rows);
    }

    private void due(Turn turn, Classroom classroom, String data, String title) {
        Words words = desk.words(turn);
        List<List<Button>> rows = new ArrayList<>();
        for (DueDates.Choice choice : DueDates.choices(LocalDate.now(clock.withZone(settings.zone())))) {
            rows.add(List.of(Button.of(words.get(choice.key(), Map.of("days", choice.days(), "date",
                    words.date(choice.day()))), data + DueDates.compact(choice.day()))));
        }
        rows.add(List.of(Button.of(words.get("classroom.back"), "tas:a:" + classroom.id())));
        turn.replyInPlace(words.get("classroom.assign.due", Map.of("class", classroom.name(), "title", title)), rows);
    }

    private void assign(Turn turn, Classroom classroom, @Nullable String seriesId, List<String> lessonIds,
            String compactDay) {
        Optional<LocalDate> day = DueDates.parse(compactDay);
        Giving.Outcome outcome = day.isEmpty() ? new Giving.BadDay()
                : giving.give(classroom, seriesId, lessonIds, day.get(), Codes.idOf(turn.inbound()));
        if (outcome instanceof Giving.BadDay) {
            turn.refuseButton();
            return;
        }
        turn.goTo("menu");
        Words words = desk.words(turn);
        if (outcome instanceof Giving.Twin twin) {
            turn.replyInPlace(words.get("classroom.assign.twin", Map.of("class", classroom.name(), "work",
                    words.work(twin.assignment()))), reportButton(words, twin.assignment()));
        } else if (outcome instanceof Giving.Given given) {
            String done = words.get("classroom.assign.done", Map.of("class", classroom.name(), "work",
                    words.work(given.assignment()), "count", given.reached()));
            if (given.unreached() > 0) {
                done += "\n" + words.get("classroom.assign.unreached", Map.of("count", given.unreached()));
            }
            turn.replyInPlace(done, reportButton(words, given.assignment()));
        }
    }

    private List<List<Button>> reportButton(Words words, Assignment assignment) {
        return List.of(List.of(Button.of(words.get("classroom.assign.results"), "tch:r:" + assignment.id()),
                Button.of(words.get("classroom.back"), "tch:p:" + assignment.classId())));
    }

    /** The lessons ticked so far, when the teacher is ticking lessons for this class. */
    private Optional<Set<String>> picked(Turn turn, Classroom classroom) {
        if (!turn.step().equals(PICK_STEP) || !turn.slot(CLASS).orElse("").equals(classroom.id())) {
            return Optional.empty();
        }
        String kept = turn.slot(LESSONS).orElse("");
        return Optional.of(kept.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(kept.split(","))));
    }

    private List<String> inOrder(Set<String> chosen) {
        return catalog.lessonsInOrder().stream().map(Lesson::id).filter(chosen::contains).toList();
    }

    private static Optional<String> part(String[] parts, int index) {
        return index < parts.length ? Optional.of(parts[index]) : Optional.empty();
    }
}
