package org.lighthouse.console.impact;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.lighthouse.channel.ChatRef.Channel;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.console.impact.Table.Row;
import org.lighthouse.console.web.ConsoleTexts;
import org.lighthouse.content.Catalog;
import org.lighthouse.content.LocalizedText;
import org.lighthouse.conversation.PeopleReached;
import org.lighthouse.conversation.PeopleReached.FirstContact;
import org.lighthouse.impact.CheckinAnswer;
import org.lighthouse.impact.CheckinFigures;
import org.lighthouse.impact.CheckinQuestions;
import org.lighthouse.impact.ProgrammeStaff;
import org.lighthouse.learning.LearningFigures;
import org.lighthouse.learning.LearningFigures.Tally;
import org.lighthouse.offer.OfferFigures;
import org.lighthouse.offer.OfferKind;
import org.lighthouse.offer.Risk;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Outcome;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.shared.Percentiles;
import org.lighthouse.shared.Period;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The impact page's tables, each built from one module's aggregate figures, in the reader's language. */
@Component
class ImpactTables {

    static final int WEEKS = 12;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final CheckinFigures checkin;
    private final CheckinQuestions questions;
    private final PeopleReached reached;
    private final ProgrammeStaff staff;
    private final LearningFigures learning;
    private final Catalog catalog;
    private final OfferFigures offers;
    private final CaseWork cases;
    private final ConsoleTexts texts;
    private final ZoneId zone;
    private final Clock clock;

    ImpactTables(CheckinFigures checkin, CheckinQuestions questions, PeopleReached reached, ProgrammeStaff staff,
            LearningFigures learning, Catalog catalog, OfferFigures offers, CaseWork cases, ConsoleTexts texts,
            ConsoleSettings settings, Clock clock) {
        this.checkin = checkin;
        this.questions = questions;
        this.reached = reached;
        this.staff = staff;
        this.learning = learning;
        this.catalog = catalog;
        this.offers = offers;
        this.cases = cases;
        this.texts = texts;
        this.zone = settings.zone();
        this.clock = clock;
    }

    /** Every table of {@code period}, in the page's order; the check-in's from {@code checkin}'s figures. */
    List<Table> all(List<CheckinFigures.Question> checkin, Period period) {
        return builders(() -> checkin, period).values().stream().map(Supplier::get).toList();
    }

    /** The one table of that name, built alone (a CSV download); empty when there is no such table. */
    Optional<Table> named(String name, Supplier<List<CheckinFigures.Question>> checkin, Period period) {
        return Optional.ofNullable(builders(checkin, period).get(name)).map(Supplier::get);
    }

    private Map<String, Supplier<Table>> builders(Supplier<List<CheckinFigures.Question>> checkin, Period period) {
        Map<String, Supplier<Table>> builders = new LinkedHashMap<>();
        builders.put("checkin", () -> checkin(checkin.get()));
        builders.put("reach", () -> reach(period));
        builders.put("lessons", () -> lessons(period));
        builders.put("questions", () -> questions(period));
        builders.put("gains", () -> gains(period));
        builders.put("offers", () -> offers(period));
        builders.put("cases", () -> cases(period));
        return builders;
    }

    /** Check-in answers given in a week that starts within {@code period}. */
    Predicate<CheckinAnswer> answeredWithin(Period period) {
        return answer -> period.contains(monday(answer.week()));
    }

    Table checkin(List<CheckinFigures.Question> figures) {
        List<Row> rows = figures.stream().map(q -> new Row(checkinLabel(q.id()), List.of(
                Cell.people(q.before().people()), Cell.share(q.before()), Cell.people(q.after().people()),
                Cell.share(q.after()), Cell.change(q.change()), Cell.people(q.pairs().people()),
                Cell.share(q.pairs().before()), Cell.share(q.pairs().after()), Cell.change(q.pairedChange()))))
                .toList();
        return table("checkin", rows, "question", "beforePeople", "beforeRight", "afterPeople", "afterRight",
                "change", "pairedPeople", "pairedBefore", "pairedAfter", "pairedChange");
    }

    Table reach(Period period) {
        List<FirstContact> contacts = contacts(period);
        LocalDate thisWeek = lastWeek(period);
        List<Row> rows = new ArrayList<>();
        for (int back = 0; back < WEEKS; back++) {
            LocalDate week = thisWeek.minusWeeks(back);
            rows.add(reachRow(DAY.format(week), contacts.stream().filter(c -> monday(c.at()).equals(week)).toList()));
        }
        rows.add(reachRow(texts.t("console.impact.earlier"), contacts.stream()
                .filter(c -> monday(c.at()).isBefore(thisWeek.minusWeeks(WEEKS - 1L))).toList()));
        rows.add(reachRow(texts.t("console.impact.wholePeriod"), contacts));
        List<String> columns = new ArrayList<>(List.of(texts.t("console.impact.col.weekOf")));
        Arrays.stream(Channel.values()).forEach(channel -> columns.add(channel.app()));
        columns.add(texts.t("console.impact.col.allChannels"));
        return new Table("reach", columns, rows);
    }

    /** A check-in question's words in the reader's language; its id once it is no longer asked. */
    String checkinLabel(String id) {
        return questions.knows(id) ? questions.prompt(id, ConsoleTexts.language(LocaleContextHolder.getLocale())) : id;
    }

    /** People reached per week over the period's last {@value #WEEKS} weeks, oldest first, by the week's Monday. */
    List<Map.Entry<String, Integer>> weeklyReach(Period period) {
        List<FirstContact> contacts = contacts(period);
        LocalDate thisWeek = lastWeek(period);
        List<Map.Entry<String, Integer>> weeks = new ArrayList<>();
        for (int back = WEEKS - 1; back >= 0; back--) {
            LocalDate week = thisWeek.minusWeeks(back);
            weeks.add(Map.entry(SHORT_DAY.format(week), (int) contacts.stream()
                    .filter(c -> monday(c.at()).equals(week)).count()));
        }
        return weeks;
    }

    Table lessons(Period period) {
        List<Row> rows = learning.completed(period).stream().map(done -> new Row(lessonTitle(done.lessonId()),
                List.of(Cell.people(done.people())))).toList();
        return table("lessons", rows, "lesson", "completed");
    }

    Table questions(Period period) {
        List<Row> rows = learning.firstAnswers(period).stream().map(q -> new Row(lessonTitle(q.lessonId()) + ": "
                + catalog.lesson(q.lessonId()).flatMap(l -> l.question(q.questionId()))
                        .map(question -> shown(question.text())).orElse(q.questionId()),
                List.of(Cell.people(q.people()), Cell.share(q.right(), q.people(), q.people())))).toList();
        return table("questions", rows, "question", "firstPeople", "firstRight");
    }

    Table gains(Period period) {
        List<Row> rows = learning.gains(period).stream().map(gain -> new Row(catalog.series(gain.seriesId())
                .map(series -> shown(series.title())).orElse(gain.seriesId()), Stream.of(gain.first(), gain.review())
                .flatMap(tally -> Stream.of(Cell.people(tally.people()), share(tally))).toList())).toList();
        return table("gains", rows, "series", "firstPeople", "firstRight", "reviewPeople", "reviewRight");
    }

    Table offers(Period period) {
        List<OfferFigures.Checks> checks = offers.byKindAndRisk(period);
        List<Row> rows = Arrays.stream(OfferKind.values()).map(kind -> new Row(texts.t("console.impact.kind."
                + kind.name()), Arrays.stream(Risk.values()).map(risk -> Cell.people(checks.stream()
                        .filter(c -> c.kind() == kind && c.risk() == risk).mapToInt(OfferFigures.Checks::count)
                        .sum())).toList())).toList();
        List<String> columns = new ArrayList<>(List.of(texts.t("console.impact.col.kind")));
        Arrays.stream(Risk.values()).forEach(risk -> columns.add(texts.t("console.impact.risk." + risk.name())));
        return new Table("offers", columns, rows);
    }

    Table cases(Period period) {
        List<SafetyCase> all = cases.openedSince(period.from()).stream().filter(c -> period.contains(c.openedAt()))
                .toList();
        List<Row> rows = Arrays.stream(Level.values()).map(level -> caseRow(texts.t("responder.level."
                + level.name()), all.stream().filter(c -> c.level() == level).toList())).toList();
        List<Row> withTotal = new ArrayList<>(rows);
        withTotal.add(caseRow(texts.t("console.impact.allLevels"), all));
        List<String> columns = new ArrayList<>(List.of(texts.t("console.impact.col.level"),
                texts.t("console.impact.col.cases")));
        Arrays.stream(Outcome.values()).forEach(o -> columns.add(texts.t("responder.outcome." + o.name())));
        columns.add(texts.t("console.impact.col.open"));
        columns.add(texts.t("console.impact.col.claimMedian"));
        columns.add(texts.t("console.impact.col.claimP90"));
        return new Table("cases", columns, withTotal);
    }

    private Row reachRow(String label, List<FirstContact> contacts) {
        List<Cell> cells = new ArrayList<>();
        Arrays.stream(Channel.values()).forEach(channel -> cells.add(Cell.people((int) contacts.stream()
                .filter(c -> c.channel() == channel).count())));
        cells.add(Cell.people(contacts.size()));
        return new Row(label, cells);
    }

    private Row caseRow(String label, List<SafetyCase> inRow) {
        List<Cell> cells = new ArrayList<>(List.of(Cell.people(inRow.size())));
        Arrays.stream(Outcome.values()).forEach(outcome -> cells.add(Cell.people((int) inRow.stream()
                .filter(c -> c.outcome() == outcome).count())));
        cells.add(Cell.people((int) inRow.stream().filter(SafetyCase::open).count()));
        List<Duration> waits = inRow.stream().flatMap(c -> c.timeToClaim().stream()).sorted().toList();
        cells.add(wait(waits, 50));
        cells.add(wait(waits, 90));
        return new Row(label, cells);
    }

    /** The nearest-rank percentile of the times to claim, hidden when fewer than five cases were claimed. */
    private Cell wait(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return new Cell("–", true);
        }
        Duration at = Percentiles.nearestRank(sorted, percent);
        return new Cell(texts.t("console.impact.minutes", "minutes", Math.max(1, at.toMinutes())),
                sorted.size() < 5);
    }

    private static Cell share(Tally tally) {
        return Cell.share(tally.right(), tally.answers(), tally.people());
    }

    private Table table(String name, List<Row> rows, String... columns) {
        return new Table(name, Arrays.stream(columns).map(column -> texts.t("console.impact.col." + column))
                .toList(), rows);
    }

    private String lessonTitle(String lessonId) {
        return catalog.lesson(lessonId).map(lesson -> shown(lesson.title())).orElse(lessonId);
    }

    private String shown(LocalizedText text) {
        return text.show(ConsoleTexts.language(LocaleContextHolder.getLocale())).text();
    }

    private List<FirstContact> contacts(Period period) {
        return reached.firstContacts(staff.chats()).stream().filter(contact -> period.contains(contact.at()))
                .toList();
    }

    /** The Monday of the period's last week, or of this week while the period goes on. */
    private LocalDate lastWeek(Period period) {
        Instant end = period.to().isAfter(clock.instant()) ? clock.instant() : period.to().minusSeconds(1);
        return monday(end);
    }

    /** The start of an ISO week ({@code 2026-W49}) in the console's time zone. */
    private Instant monday(String isoWeek) {
        return LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE).atStartOfDay(zone).toInstant();
    }

    private LocalDate monday(Instant at) {
        return LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
