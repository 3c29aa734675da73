package org.lighthouse.classroom;

import org.lighthouse.classroom.ClassViews.QuestionLine;
import org.lighthouse.classroom.ClassViews.ReportPage;
import org.lighthouse.classroom.ClassViews.Status;
import org.lighthouse.classroom.ClassViews.StudentLine;

/** The chat's report ({@link Report}) as the console's figures: the same students, questions and order. */
final class ReportPages {

    private ReportPages() {
    }

    static ReportPage of(Report report, Words words) {
        Assignment assignment = report.assignment();
        return new ReportPage(report.classroom().id(), report.classroom().name(), assignment.id(),
                words.title(assignment), assignment.dueDay(), report.joined(), report.started(), report.finished(),
                report.average().isPresent() ? report.average().getAsInt() : null, report.unreached(),
                report.students().stream().map(ReportPages::student).toList(),
                report.questions().stream().map(q -> new QuestionLine(q.lessonNumber(), q.number(),
                        words.shown(q.question().text()).strip(), q.answers(), q.correct(),
                        q.enough() ? q.percent() : null)).toList());
    }

    private static StudentLine student(Report.Student s) {
        Status status = s.finished() ? Status.FINISHED : s.started() ? Status.WORKING : Status.NOT_STARTED;
        return new StudentLine(s.name(), s.app(), status, s.done(), s.lessons(), s.correct(), s.asked(),
                s.percent().isPresent() ? s.percent().getAsInt() : null);
    }
}
