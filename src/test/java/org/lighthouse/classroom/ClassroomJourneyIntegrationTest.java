package org.lighthouse.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lighthouse.content.Catalog;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.RunningBot;

/**
 * A teacher's class on Telegram: an admin's invite, a class with its link and QR code, students joining, work given
 * and done, and the results in the chat and as a CSV file, seen by that teacher only.
 */
class ClassroomJourneyIntegrationTest {

    static final long ADMIN = 8001;
    static final String STALE = "Nút này không còn dùng được nữa.";

    @TempDir
    static Path data;
    static FakeTelegram telegram;
    static RunningBot bot;
    static Catalog catalog;
    static School school;

    @BeforeAll
    static void start() {
        telegram = new FakeTelegram();
        bot = RunningBot.start(telegram, data, "lighthouse.classroom.admins=" + ADMIN);
        catalog = bot.bean(Catalog.class);
        Person admin = new Person(telegram, ADMIN);
        admin.startsInVietnamese("");
        school = new School(telegram, catalog, admin);
    }

    @AfterAll
    static void stop() throws Exception {
        bot.close();
        telegram.close();
    }

    @AfterEach
    void nothingRefused() {
        assertThat(telegram.refused()).isEmpty();
    }

    /**
     * Journey 4: an admin invites a teacher, who opens the invite link as a newcomer; the class's link and QR code;
     * 30 newcomers join through the link; two lessons assigned with a few presses; 20 students finish the first
     * (some answers wrong), 3 of them the second, 5 only open it; the report and the CSV show exactly that.
     */
    @Test
    void thirtyStudentsJoinDoTheWorkAndTheReportShowsIt() throws Exception {
        Person teacher = school.teacher(8002);
        Call created = teacher.sendsAndGets("/newclass   9A   Mèo Vạc", c -> c.text().startsWith("✅ Đã tạo lớp"));
        assertThat(created.text()).contains("«9A Mèo Vạc»");
        List<Call> shown = teacher.since(teacher.mark() - 3);
        String link = shown.get(0).text().substring(shown.get(0).text().indexOf("https://"));
        assertThat(link).matches("https://t\\.me/" + FakeTelegram.BOT_USERNAME + "\\?start=join_[2-9A-HJKMNP-Z]{10}");
        Call qr = shown.get(1);
        assertThat(qr.method()).isEqualTo("senddocument");
        assertThat(qr.fields().get("$filename")).isEqualTo("ma-qr-lop-9a-meo-vac.png");
        assertThat(QrImages.decode((byte[]) qr.fields().get("$file"))).isEqualTo(link);
        String classId = created.buttonData().get(0).substring("tas:a:".length());

        List<Person> students = IntStream.range(0, 30).mapToObj(i -> new Person(telegram, 8100 + i)).toList();
        inParallel(students, s -> school.joins(s, link.substring(link.indexOf("join_")), name(s)));

        String assignment = school.assignsLessons(teacher, classId, "sm-1", "sm-2");
        assertThat(teacher.since(teacher.mark() - 1).get(0).text()).contains("gửi cho 30 học sinh");
        for (Person s : students) {
            Call given = s.after(0, c -> c.text().startsWith("📝 Bài mới từ lớp «9A Mèo Vạc»"));
            assertThat(given.text()).contains("«Công ty có giấy phép và cách kiểm tra và 1 bài khác» (2 bài), hạn");
            assertThat(given.buttonData()).containsExactly("l:o:sm-1");
        }
        inParallel(students, s -> {
            int i = index(s);
            if (i < 20) {
                s.takes(catalog, "sm-1", wrongInFirstLesson(i));
            }
            if (i < 3) {
                s.takes(catalog, "sm-2", i == 0 ? Set.of(0) : Set.of());
            }
            if (i >= 20 && i < 25) {
                int mark = s.mark();
                s.opens(catalog.lesson("sm-1").orElseThrow());
                s.waitsForLastCard(catalog.lesson("sm-1").orElseThrow(), mark);
            }
        });

        Call report = teacher.pressesAndGets("tch:r:" + assignment, c -> c.text().startsWith("📊 9A Mèo Vạc"));
        assertThat(report.text()).contains("👥 Trong lớp: 30 · ▶ Đã bắt đầu: 25 · ✅ Đã xong: 3")
                .contains("⭐ Điểm trung bình: " + average() + "%")
                .contains("✅ Đã xong (3):\n" + studentLine(0) + "\n" + studentLine(1) + "\n" + studentLine(2) + "\n")
                .contains("▶ Đang làm (22):").contains("⏳ Chưa bắt đầu (5):\n• HS 26: 0/2 bài\n");
        for (int i = 0; i < 25; i++) {
            assertThat(report.text()).contains(studentLine(i) + "\n");
        }
        assertThat(report.text().substring(report.text().indexOf("❓ Từng câu, câu khó nhất trước:")).lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(" · ")))).containsExactly(
                        "1. Bài 1 câu 1: 50% đúng (10/20)", "2. Bài 1 câu 2: 75% đúng (15/20)",
                        "3. Bài 1 câu 3: 90% đúng (18/20)", "4. Bài 1 câu 4: 100% đúng (20/20)",
                        "5. Bài 2 câu 1: mới có 3 câu trả lời, chưa đủ 5 để tính tỉ lệ",
                        "6. Bài 2 câu 2: mới có 3 câu trả lời, chưa đủ 5 để tính tỉ lệ",
                        "7. Bài 2 câu 3: mới có 3 câu trả lời, chưa đủ 5 để tính tỉ lệ",
                        "8. Bài 2 câu 4: mới có 3 câu trả lời, chưa đủ 5 để tính tỉ lệ");
        assertThat(report.buttonData()).contains("tch:c:" + assignment);

        Call csv = teacher.pressesAndGets("tch:c:" + assignment, c -> c.method().equals("senddocument"));
        assertThat(String.valueOf(csv.fields().get("$filename")))
                .matches("ket-qua-9a-meo-vac-\\d{4}-\\d\\d-\\d\\d\\.csv");
        String file = new String((byte[]) csv.fields().get("$file"), StandardCharsets.UTF_8);
        assertThat(file).startsWith("\uFEFFLớp,9A Mèo Vạc\r\n");
        List<List<String>> rows = Csv.parse(file.substring(1));
        assertThat(rows).contains(List.of("Số học sinh", "30"), List.of("Đã bắt đầu", "25"), List.of("Đã xong", "3"),
                List.of("Điểm trung bình (%)", String.valueOf(average())));
        assertThat(rows).contains(List.of("HS 1", "Đã xong", "2", "2", String.valueOf(correct(0)), "8",
                String.valueOf(percent(0))), List.of("HS 6", "Đang làm", "1", "2", String.valueOf(correct(5)), "4",
                        String.valueOf(percent(5))), List.of("HS 30", "Chưa bắt đầu", "0", "2", "0", "0", ""));
        List<List<String>> questions = rows.subList(rows.indexOf(List.of("Bài", "Câu", "Nội dung câu hỏi",
                "Số câu trả lời", "Số câu trả lời đúng", "Tỉ lệ đúng (%)")) + 1, rows.size());
        assertThat(questions).extracting(r -> String.join(",", r.get(0), r.get(1), r.get(3), r.get(4), r.get(5)))
                .containsExactly("sm-1,q1,20,10,50", "sm-1,q2,20,15,75", "sm-1,q3,20,18,90", "sm-1,q4,20,20,100",
                        "sm-2,q1,3,2,dưới 5 câu trả lời", "sm-2,q2,3,3,dưới 5 câu trả lời",
                        "sm-2,q3,3,3,dưới 5 câu trả lời", "sm-2,q4,3,3,dưới 5 câu trả lời");
    }

    /**
     * A stranger, a student of the class and another teacher press the report's buttons, forged: they get the polite
     * "button no longer works" and nothing of the class; another teacher's /classes lists only their own classes.
     */
    @Test
    void onlyTheClassesTeacherSeesItsReport() {
        Person teacher = school.teacher(8201);
        Call created = teacher.sendsAndGets("/newclass 7C Đồng Văn", c -> c.text().startsWith("✅ Đã tạo lớp"));
        String classId = created.buttonData().get(0).substring("tas:a:".length());
        Person student = new Person(telegram, 8202);
        school.joins(student, School.joinArgument(teacher), "Lan");
        teacher.pressesAndGets("tas:a:" + classId, c -> c.buttonData().contains("tas:s:" + classId + ":sm"));
        Call due = teacher.pressesAndGets("tas:s:" + classId + ":sm", c -> c.text().startsWith("«Di cư an toàn»"));
        List<String> labels = due.buttonLabels();
        assertThat(labels.get(0)).startsWith("Ngày mai, ");
        assertThat(labels.get(labels.size() - 2)).startsWith("Một tuần nữa, ");
        assertThat(labels.get(labels.size() - 1)).isEqualTo("⬅ Quay lại");
        Call done = teacher.pressesAndGets(due.buttonData().get(0), c -> c.text().startsWith("✅ Đã giao"));
        String assignment = done.buttonData().get(0).substring("tch:r:".length());
        student.after(0, c -> c.text().contains("«Di cư an toàn» (5 bài)") && c.buttonData().contains("l:o:sm-1"));

        Person stranger = new Person(telegram, 8203);
        stranger.startsInVietnamese("");
        Person other = school.teacher(8204);
        other.sendsAndGets("/newclass 7C Đồng Văn", c -> c.text().startsWith("✅ Đã tạo lớp"));
        for (Person someone : List.of(stranger, student, other)) {
            int mark = someone.mark();
            for (String forged : List.of("tch:r:" + assignment, "tch:c:" + assignment, "tch:p:" + classId,
                    "tas:a:" + classId, "tch:q:" + classId, "tch:kk:" + classId)) {
                someone.presses(forged);
            }
            someone.after(mark, c -> c.text().startsWith(STALE) && someone.since(mark).stream()
                    .filter(m -> m.text().startsWith(STALE)).count() == 6);
            assertThat(someone.since(mark)).noneMatch(c -> c.method().equals("senddocument") || c.text().contains("Lan")
                    || c.text().contains("📊"));
        }
        Call classes = other.sendsAndGets("/classes", c -> c.text().equals("🏫 Các lớp của bạn:"));
        assertThat(classes.buttonData()).hasSize(1).noneMatch(d -> d.contains(classId));
        assertThat(teacher.pressesAndGets("tch:r:" + assignment, c -> c.text().startsWith("📊")).text())
                .contains("• Lan: 0/5 bài");
    }

    /**
     * After 5 wrong class or invite codes a person is told to wait, even with a right code; someone else is not held
     * up by it.
     */
    @Test
    void wrongCodesAreThrottled() {
        Person teacher = school.teacher(8301);
        teacher.sendsAndGets("/newclass 8B", c -> c.text().startsWith("✅ Đã tạo lớp"));
        String rightCode = School.joinArgument(teacher);
        Person guesser = new Person(telegram, 8302);
        guesser.startsInVietnamese("");
        for (String wrong : List.of("join_ZZZZZZZZZZ", "join_2345678923", "join_abc", "join_KKKKKKKKKK")) {
            assertThat(guesser.sendsAndGets("/start " + wrong, c -> c.text().startsWith("Link hoặc mã lớp")).text())
                    .isEqualTo("Link hoặc mã lớp này không đúng hoặc đã cũ. Hãy xin giáo viên link mới của lớp.");
        }
        guesser.sendsAndGets("/teacher 2222-3333-44", c -> c.text().startsWith("Mã mời này không đúng"));
        guesser.sendsAndGets("/start " + rightCode, c -> c.text().equals(
                "Bạn đã nhập sai mã nhiều lần. Vui lòng thử lại sau 15 phút."));
        guesser.sendsAndGets("/teacher " + school.invite(), c -> c.text().startsWith("Bạn đã nhập sai mã nhiều lần."));
        assertThat(guesser.since(0)).noneMatch(c -> c.text().startsWith("Bạn được mời vào lớp")
                || c.text().contains("bạn là giáo viên"));

        Person classmate = new Person(telegram, 8303);
        classmate.startsInVietnamese(rightCode);
        classmate.after(0, c -> c.text().startsWith("Bạn được mời vào lớp «8B»."));
    }

    /**
     * A student in two classes sees both with /classes, leaves one after confirming; that teacher no longer sees the
     * student or their results, the other class is kept, and a forged "leave" changes nothing.
     */
    @Test
    void aStudentLeavesOneOfTwoClasses() {
        Person first = school.teacher(8401);
        String firstClass = school.newClass(first, "6A");
        Person second = school.teacher(8402);
        second.sendsAndGets("/newclass Câu lạc bộ An toàn", c -> c.text().startsWith("✅ Đã tạo lớp"));
        Person student = new Person(telegram, 8403);
        school.joins(student, School.joinArgument(first), "Mai");
        Call invited = student.sendsAndGets("/start " + School.joinArgument(second),
                c -> c.text().startsWith("Bạn được mời"));
        student.pressesAndGets(invited.buttonData().get(0), c -> c.text().startsWith("Bạn muốn giáo viên"));
        student.sendsAndGets("Mai Anh", c -> c.text().startsWith("🎉 Chào Mai Anh"));
        String assignment = school.assignsLessons(first, firstClass, "os-1");
        student.takes(catalog, "os-1", Set.of());
        assertThat(first.pressesAndGets("tch:r:" + assignment, c -> c.text().startsWith("📊")).text())
                .contains("👥 Trong lớp: 1 · ▶ Đã bắt đầu: 1 · ✅ Đã xong: 1").contains("• Mai: 1/1 bài");

        Call classes = student.sendsAndGets("/classes", c -> c.text().startsWith("🏫 Lớp của bạn:"));
        assertThat(classes.text()).contains("• 6A (tên của bạn: Mai)", "• Câu lạc bộ An toàn (tên của bạn: Mai Anh)");
        assertThat(classes.buttonData()).contains("cls:x:" + firstClass, "m:home");
        student.pressesAndGets("cls:x:" + firstClass, c -> c.text().startsWith("Rời lớp «6A»?"));
        student.pressesAndGets("cls:xx:" + firstClass, c -> c.text().equals("Bạn đã rời lớp «6A»."));
        Call after = student.sendsAndGets("/classes", c -> c.text().startsWith("🏫 Lớp của bạn:"));
        assertThat(after.text()).doesNotContain("6A").contains("Câu lạc bộ An toàn");
        student.pressesAndGets("cls:xx:" + firstClass, c -> c.text().startsWith(STALE));

        Call report = first.pressesAndGets("tch:r:" + assignment, c -> c.text().startsWith("📊"));
        assertThat(report.text()).contains("👥 Trong lớp: 0 · ▶ Đã bắt đầu: 0 · ✅ Đã xong: 0").doesNotContain("Mai");
    }

    /** A student who deletes their data (/mydata) is gone from their class and its report; /mydata listed it first. */
    @Test
    void deletedStudentLeavesTheReport() {
        Person teacher = school.teacher(8451);
        String classId = school.newClass(teacher, "9E");
        Person student = new Person(telegram, 8452);
        school.joins(student, School.joinArgument(teacher), "Sùng");
        String assignment = school.assignsLessons(teacher, classId, "kt-1");
        student.takes(catalog, "kt-1", Set.of());
        assertThat(student.sendsAndGets("/mydata", c -> c.text().startsWith("🔒")).text())
                .contains("Lớp học bạn tham gia: 1 (tên của bạn trong lớp: Sùng)");
        student.pressesAndGets("p:yes", c -> c.text().startsWith("Đã xoá dữ liệu của bạn."));
        Call report = teacher.pressesAndGets("tch:r:" + assignment, c -> c.text().startsWith("📊"));
        assertThat(report.text()).contains("👥 Trong lớp: 0").doesNotContain("Sùng");
    }

    /**
     * Bad input is refused with a word on what to do: a class name of 5,000 characters, names with a phone number or
     * taken, joining twice, an old link after a new one was made, forged assignment buttons, and commands of roles
     * the person does not have.
     */
    @Test
    void badInputIsRefusedPolitely() {
        Person nobody = new Person(telegram, 8501);
        nobody.startsInVietnamese("");
        nobody.sendsAndGets("/invite_teacher", c -> c.text().equals("Mình chưa biết lệnh này."));
        nobody.sendsAndGets("/newclass 9A", c -> c.text().startsWith("Chỉ giáo viên mới tạo được lớp."));

        Person teacher = school.teacher(8502);
        teacher.sendsAndGets("/newclass " + "A".repeat(5000), c -> c.text().startsWith(
                "Tên lớp dài tối đa 60 ký tự (tên này có 5000)."));
        teacher.sendsAndGets("/newclass", c -> c.text().startsWith("Hãy viết tên lớp sau lệnh"));
        Call created = teacher.sendsAndGets("/newclass 9D", c -> c.text().startsWith("✅ Đã tạo lớp"));
        teacher.sendsAndGets("/newclass 9d", c -> c.text().equals("Bạn đã có lớp «9D» rồi."));
        String classId = created.buttonData().get(0).substring("tas:a:".length());
        String oldLink = School.joinArgument(teacher);

        Person first = new Person(telegram, 8503);
        school.joins(first, oldLink, "Hoa");
        first.sendsAndGets("/start " + oldLink, c -> c.text().equals("Bạn đã ở trong lớp «9D» với tên «Hoa»."));
        Person second = new Person(telegram, 8504);
        second.startsInVietnamese(oldLink);
        second.pressesAndGets("cls:j:" + oldLink.substring(5), c -> c.text().startsWith("Bạn muốn giáo viên"));
        second.sendsAndGets("hoa", c -> c.text().startsWith("Trong lớp đã có người tên này."));
        second.sendsAndGets("Em 0912345678", c -> c.text().startsWith("Đừng viết số điện thoại"));
        second.sendsAndGets("x".repeat(31), c -> c.text().startsWith("Tên cần có từ 1 đến 30 ký tự."));
        second.sendsAndGets("Hòa", c -> c.text().startsWith("Trong lớp đã có người tên này."));
        second.sendsAndGets("Hùng", c -> c.text().startsWith("🎉 Chào Hùng"));

        teacher.pressesAndGets("tch:k:" + classId, c -> c.text().startsWith("Tạo link mới cho lớp «9D»?"));
        int rotated = teacher.mark();
        teacher.presses("tch:kk:" + classId);
        teacher.after(rotated, c -> c.text().startsWith("🔄 Lớp «9D» có link mới."));
        Call fresh = teacher.after(rotated, c -> c.text().contains("?start=join_"));
        String newLink = fresh.text().substring(fresh.text().indexOf("join_"));
        assertThat(newLink).isNotEqualTo(oldLink);
        Person late = new Person(telegram, 8505);
        late.startsInVietnamese(oldLink);
        late.after(0, c -> c.text().startsWith("Link hoặc mã lớp này không đúng hoặc đã cũ."));
        late.sendsAndGets("/start " + newLink, c -> c.text().startsWith("Bạn được mời vào lớp «9D»."));

        int mark = teacher.mark();
        for (String forged : List.of("tas:ds:" + classId + ":sm:19990101", "tas:ds:" + classId + ":sm:notadate",
                "tas:dl:" + classId + ":20991231", "tas:t:" + classId + ":nope", "tas:s:" + classId + ":nope",
                "tas:n:" + classId, "tas:a", "tch:r:nothing", "cls:xx:nothing")) {
            teacher.presses(forged);
        }
        teacher.after(mark, c -> teacher.since(mark).stream().filter(m -> m.text().startsWith(STALE)).count() == 9);
        assertThat(teacher.since(mark))
                .allMatch(c -> c.text().startsWith(STALE) || c.text().equals("Bạn muốn làm gì?"));
        Call panel = teacher.pressesAndGets("tch:p:" + classId, c -> c.text().startsWith("🏫 9D"));
        assertThat(panel.text()).contains("👥 2 học sinh").contains("Chưa giao bài nào.");
    }

    static void inParallel(List<Person> people, java.util.function.Consumer<Person> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<Object>> done = pool.invokeAll(people.stream().map(p -> (Callable<Object>) () -> {
                action.accept(p);
                return null;
            }).toList());
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- what the 30 students did, and the figures it makes --------------------------------------------------------

    static int index(Person student) {
        return (int) (student.id() - 8100);
    }

    static String name(Person student) {
        return "HS " + (index(student) + 1);
    }

    /** Question 1 wrong for every other student, question 2 for every fourth, question 3 for two of them. */
    static Set<Integer> wrongInFirstLesson(int i) {
        Set<Integer> wrong = new java.util.HashSet<>();
        if (i % 2 == 0) {
            wrong.add(0);
        }
        if (i % 4 == 1) {
            wrong.add(1);
        }
        if (i % 10 == 3) {
            wrong.add(2);
        }
        return wrong;
    }

    static int correct(int i) {
        int first = 4 - wrongInFirstLesson(i).size();
        return i == 0 ? first + 3 : i < 3 ? first + 4 : first;
    }

    static int asked(int i) {
        return i < 3 ? 8 : i < 20 ? 4 : 0;
    }

    static int percent(int i) {
        return Math.round(100f * correct(i) / asked(i));
    }

    static int average() {
        List<Integer> scores = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> scores.add(percent(i)));
        return Math.round((float) scores.stream().mapToInt(Integer::intValue).sum() / scores.size());
    }

    static String studentLine(int i) {
        String name = "• HS " + (i + 1) + ": ";
        if (i >= 20) {
            return name + "0/2 bài";
        }
        return name + (i < 3 ? 2 : 1) + "/2 bài · " + percent(i) + "% (" + correct(i) + "/" + asked(i) + " câu)";
    }
}
