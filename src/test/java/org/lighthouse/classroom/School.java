package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.content.Catalog;
import org.lighthouse.shared.Language;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;

/** The steps of classroom journeys, as an admin, teachers and students take them in Vietnamese. */
public record School(FakeTelegram telegram, Catalog catalog, Person admin) {

    /** A one-time invite code from the admin, read from the link in the message to forward. */
    public String invite() {
        Call forward = admin.sendsAndGets("/invite_teacher", c -> c.text().startsWith("Chuyển tiếp tin nhắn này"));
        Matcher m = Pattern.compile("start=teach_([2-9A-Z]{10})").matcher(forward.text());
        assertThat(m.find()).isTrue();
        assertThat(forward.text()).contains("/teacher " + m.group(1));
        return m.group(1);
    }

    /** A newcomer who opens an invite link, chooses Vietnamese on the way, and is a teacher. */
    public Person teacher(long id) {
        Person teacher = new Person(telegram, id);
        teacher.startsInVietnamese("teach_" + invite());
        teacher.after(0, c -> c.text().startsWith("🎉 Chào thầy cô! Bây giờ bạn là giáo viên trên Lighthouse."));
        return teacher;
    }

    /** The teacher's new class; returns its id. */
    public String newClass(Person teacher, String name) {
        Call created = teacher.sendsAndGets("/newclass " + name, c -> c.text().startsWith("✅ Đã tạo lớp"));
        return created.buttonData().get(0).substring("tas:a:".length());
    }

    /** A newcomer who opens a class link: language, confirmation, name. */
    public void joins(Person student, String joinArgument, String name) {
        student.startsInVietnamese(joinArgument);
        Call confirm = student.after(0, c -> c.text().startsWith("Bạn được mời vào lớp"));
        assertThat(confirm.buttonData()).containsExactly("cls:j:" + joinArgument.substring("join_".length()), "cls:n");
        student.pressesAndGets(confirm.buttonData().get(0), c -> c.text().startsWith("Bạn muốn giáo viên"));
        student.sendsAndGets(name, c -> c.text().startsWith("🎉 Chào " + name + ", bạn đã vào lớp"));
    }

    /** Ticks lessons one by one and picks the due day a week ahead; returns the assignment's id. */
    String assignsLessons(Person teacher, String classId, String... lessons) {
        teacher.pressesAndGets("tas:a:" + classId, c -> c.buttonData().contains("tas:l:" + classId));
        teacher.pressesAndGets("tas:l:" + classId, c -> c.buttonData().contains("tas:t:" + classId + ":kt-6"));
        for (String lesson : lessons) {
            String title = catalog.lesson(lesson).orElseThrow().title().in(Language.VI).orElseThrow();
            teacher.pressesAndGets("tas:t:" + classId + ":" + lesson, c -> c.text().startsWith("Chọn bài cho lớp")
                    && c.buttonLabels().contains("✅ " + title));
        }
        return inAWeek(teacher, teacher.pressesAndGets("tas:n:" + classId,
                c -> c.text().contains("hạn đến ngày nào?")));
    }

    /** Assigns a whole series, due in a week; returns the assignment's id. */
    String assignsSeries(Person teacher, String classId, String series) {
        teacher.pressesAndGets("tas:a:" + classId, c -> c.buttonData().contains("tas:s:" + classId + ":" + series));
        return inAWeek(teacher, teacher.pressesAndGets("tas:s:" + classId + ":" + series,
                c -> c.text().contains("hạn đến ngày nào?")));
    }

    private static String inAWeek(Person teacher, Call dueChoices) {
        List<String> days = dueChoices.buttonData();
        assertThat(dueChoices.buttonLabels().get(days.size() - 2)).startsWith("Một tuần nữa, ");
        Call done = teacher.pressesAndGets(days.get(days.size() - 2), c -> c.text().startsWith("✅ Đã giao"));
        return done.buttonData().get(0).substring("tch:r:".length());
    }

    /** {@code join_<code>} from the last link the teacher was given. */
    static String joinArgument(Person teacher) {
        Call link = teacher.since(0).stream().filter(c -> c.text().contains("?start=join_")).reduce((a, b) -> b)
                .orElseThrow();
        return link.text().substring(link.text().indexOf("join_"));
    }
}
