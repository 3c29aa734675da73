package org.lighthouse.console.cases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.lighthouse.console.accounts.ConsoleSettings;
import org.lighthouse.console.cases.CaseView.Line;
import org.lighthouse.safety.CaseWork;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyCase.Change;
import org.lighthouse.safety.SafetyCase.Entry;
import org.lighthouse.shared.Texts;
import org.springframework.stereotype.Component;

/** Turns a case into its page, in the console's language and time zone. */
@Component
class CaseViews {


    private final CaseRows rows;
    private final CaseWork work;
    private final Texts texts;
    private final DateTimeFormatter time;

    CaseViews(CaseRows rows, CaseWork work, Texts texts, ConsoleSettings settings) {
        this.rows = rows;
        this.work = work;
        this.texts = texts;
        this.time = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(settings.zone());
    }

    CaseView view(SafetyCase safetyCase, String viewer) {
        List<Line> transcript = safetyCase.transcript().stream().map(e -> said(safetyCase, e)).toList();
        List<Line> notes = safetyCase.notes().stream().map(e -> new Line(e.from(), "responder", e.text(),
                time.format(e.at()), null)).toList();
        List<Line> history = safetyCase.history().stream().map(this::change).toList();
        CaseRow row = rows.row(safetyCase, viewer);
        return new CaseView(row, work.describe(safetyCase, CaseWords.language()), transcript,
                notes, history, safetyCase.offeredTo() == null ? null : work.alias(safetyCase.offeredTo()),
                safetyCase.outcome() == null ? null : text("responder.outcome." + safetyCase.outcome()),
                safetyCase.referral() == null ? null : text("responder.referral." + safetyCase.referral()),
                safetyCase.personGone(), safetyCase.userLeft(), stamp(safetyCase, row));
    }

    private Line said(SafetyCase safetyCase, Entry entry) {
        String kind = switch (entry.from()) {
            case Entry.PERSON -> Entry.PERSON;
            case Entry.BOT -> Entry.BOT;
            default -> "responder";
        };
        String who = kind.equals("responder") ? entry.from() : text("console.cases.from." + kind);
        return new Line(who, kind, entry.text(), time.format(entry.at()),
                safetyCase.delivery(entry).map(Enum::name).orElse(null));
    }

    private Line change(Change change) {
        String by = Entry.BOT.equals(change.by()) ? text("console.cases.from.bot") : work.alias(change.by());
        return new Line(by, "history", text("console.cases.status." + change.status()), time.format(change.at()),
                null);
    }

    private String text(String key) {
        return texts.get(CaseWords.language(), key);
    }

    private static String stamp(SafetyCase c, CaseRow row) {
        return Integer.toHexString(Objects.hash(c.status(), c.assignee(), c.offeredTo(), c.level(), c.userLeft(),
                c.personGone(), c.transcript(), c.notes(), row));
    }
}
