package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.Catalog;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;
import org.lighthouse.testing.SafetyNet;

/** The one reminder before work is due, to those who have not finished, and never twice. */
class ClassroomReminderIntegrationTest {

    static final long ADMIN = 8601;
    static final Predicate<Call> REMINDER = c -> c.text().startsWith("⏰ Nhắc nhẹ");
    /** Every assignment due within 30 days is due for its reminder, looked for 5 times a second. */
    static final String[] SOON = {"lighthouse.classroom.admins=" + ADMIN, "lighthouse.classroom.reminder-lead=P30D",
            "lighthouse.classroom.check-every=PT0.2S"};

    @TempDir
    Path data;

    /**
     * Three lessons due in a week, with the usual one-day lead: no reminder. Restarted with a lead that makes them due
     * for their reminder: the student who finished gets none, the one who did the first lesson gets one that opens the
     * second, the one who did nothing gets one that opens the first. Restarted again: nothing more.
     */
    @Test
    void remindedOnceThoseWhoHaveNotFinished() throws Exception {
        Person done = null;
        Person halfway = null;
        Person idle = null;
        try (FakeTelegram telegram = new FakeTelegram()) {
            try (RunningBot bot = RunningBot.start(telegram, data, "lighthouse.classroom.admins=" + ADMIN,
                    "lighthouse.classroom.check-every=PT0.2S")) {
                Catalog catalog = bot.bean(Catalog.class);
                done = new Person(telegram, 8603);
                halfway = new Person(telegram, 8604);
                idle = new Person(telegram, 8605);
                AClass joined = AClass.of(telegram, catalog, 8602, "9A Mèo Vạc", List.of(done, halfway, idle));
                joined.school().assignsLessons(joined.teacher(), joined.id(), "os-1", "os-2", "os-3");
                for (String lesson : List.of("os-1", "os-2", "os-3")) {
                    done.takes(catalog, lesson, Set.of());
                }
                halfway.takes(catalog, "os-1", Set.of(1));
                Thread.sleep(600);
            }
            for (Person student : List.of(done, halfway, idle)) {
                assertThat(student.since(0)).noneMatch(REMINDER);
            }

            try (RunningBot bot = RunningBot.start(telegram, data, SOON)) {
                Call halfwayReminder = halfway.after(0, REMINDER);
                LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7);
                assertThat(halfwayReminder.text()).startsWith("⏰ Nhắc nhẹ: bài «Bạn bè và người yêu trên mạng và 2 bài"
                        + " khác» của lớp «9A Mèo Vạc» hạn ").contains(" " + due.getDayOfMonth() + "/"
                        + due.getMonthValue() + ". ").endsWith(". Bạn đã xong 1/3 bài. Cố lên nhé!");
                assertThat(halfwayReminder.buttonData()).containsExactly("l:o:os-2");
                assertThat(idle.after(0, REMINDER).buttonData()).containsExactly("l:o:os-1");
                Thread.sleep(600);
            }
            try (RunningBot bot = RunningBot.start(telegram, data, SOON)) {
                Thread.sleep(600);
            }
            assertThat(done.since(0)).noneMatch(REMINDER);
            assertThat(halfway.since(0)).filteredOn(REMINDER).hasSize(1);
            assertThat(idle.since(0)).filteredOn(REMINDER).hasSize(1);
            assertThat(telegram.refused()).isEmpty();
        }
    }

    /** A class made by a new teacher (invited by the admin), with the students joined. */
    record AClass(School school, Person teacher, String id) {
        static AClass of(FakeTelegram telegram, Catalog catalog, long teacherId, String name, List<Person> students) {
            Person admin = new Person(telegram, ADMIN);
            admin.startsInVietnamese("");
            School school = new School(telegram, catalog, admin);
            Person teacher = school.teacher(teacherId);
            String id = school.newClass(teacher, name);
            for (Person student : students) {
                school.joins(student, School.joinArgument(teacher), "HS " + student.id());
            }
            return new AClass(school, teacher, id);
        }
    }

    /**
     * A student who is talking with the safety net gets no class notice meanwhile, not even one keyed for them; it
     * comes once they leave that conversation. Another student gets theirs at once.
     */
    @Test
    void noticesWaitWhileAStudentTalksWithTheSafetyNet() throws Exception {
        Predicate<Call> given = c -> c.text().startsWith("📝 Bài mới từ lớp «9B»");
        try (FakeTelegram telegram = new FakeTelegram();
                RunningBot bot = RunningBot.start(telegram, data, "lighthouse.classroom.admins=" + ADMIN,
                        "lighthouse.classroom.check-every=PT0.2S", SafetyNet.RESPONDERS)) {
            Person talking = new Person(telegram, 8613);
            Person other = new Person(telegram, 8614);
            AClass joined = AClass.of(telegram, bot.bean(Catalog.class), 8612, "9B", List.of(talking, other));
            int mark = talking.mark();
            talking.sends("SOS");
            talking.after(mark, c -> c.text().contains("111"));

            joined.school().assignsLessons(joined.teacher(), joined.id(), "os-1");
            other.after(0, given);
            Thread.sleep(1000);
            assertThat(talking.since(0)).noneMatch(given);

            mark = talking.mark();
            talking.sends("/exit");
            talking.after(mark, c -> c.text().startsWith("Bạn đã rời cuộc trò chuyện."));
            assertThat(talking.after(mark, given).buttonData()).containsExactly("l:o:os-1");
            Thread.sleep(600);
            assertThat(talking.since(0)).filteredOn(given).hasSize(1);
        }
    }
}
