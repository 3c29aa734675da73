package org.lighthouse.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lighthouse.testing.SafetyNet.GROUP;
import static org.lighthouse.testing.SafetyNet.HOA;
import static org.lighthouse.testing.SafetyNet.RESPONDERS;
import static org.lighthouse.testing.SafetyNet.RESPONDERS_CHAT;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lighthouse.testing.BotUnderTest;
import org.lighthouse.testing.FakeTelegram;
import org.lighthouse.testing.FakeTelegram.Call;
import org.lighthouse.testing.Person;

/**
 * Button data comes from the person's device and may be anything: for every feature's prefix, forged and mangled
 * data (missing parts, extra colons, odd ids, huge numbers) gets a polite answer, never a failure, and the bot goes on.
 */
class ForgedButtonsIntegrationTest {

    private static final List<String> SEEDS = List.of("lang:vi", "m:learn", "m:home", "s:claim:C-ABCDEFGH",
            "s:use:C-ABCDEFGH", "s:acc:C-ABCDEFGH", "s:dec:C-ABCDEFGH", "s:out:C-ABCDEFGH:REFERRED",
            "s:ref:C-ABCDEFGH:REFERRED:POLICE", "s:talk", "s:talk:offer", "s:no", "s:exit", "p:ask", "p:no",
            "l:o:sm-1", "l:n:sm-1:0", "l:a:sm-1:0:1", "l:q:sm-1:0", "l:s:sm", "l:v:sm-1", "l:z:sm-1", "o:g",
            "o:k:JOB", "o:a:JOB:0:y", "o:y", "o:n", "o:again", "cls:j:ABC123", "cls:x:ABC123", "cls:xx:ABC123",
            "tas:a:ABC123", "tas:dl:ABC123:1", "tas:ds:ABC123:sm:20261231", "tas:l:ABC123", "tas:n:ABC123",
            "tas:s:ABC123:sm", "tas:t:ABC123", "tch:c:ABC123", "tch:k:ABC123", "tch:kk:ABC123", "tch:p:ABC123",
            "tch:q:ABC123", "tch:r:ABC123", "lang:read", "ci:go:BEFORE", "ci:no:AFTER", "ci:a:BEFORE:0:1",
            "ci:s:AFTER:2", "rv:a:12", "rv:s:3", "rv:x:0", "rec:s:sm", "rec:l:sm-1", "rec:c:sm-1:0", "rec:g:sm-1:0:vi",
            "rec:x");
    /** One of the people reviews and records the content, so that their features read forged data too. */
    private static final long REVIEWER = 5107;
    private static final String ODD = ":::~.-_0123456789ZzC-";
    private static final int PRESSES = 480;
    private static final int PEOPLE = 8;

    @RegisterExtension
    static final BotUnderTest BOT = new BotUnderTest(RESPONDERS, RESPONDERS_CHAT,
            "lighthouse.content.reviewers=" + REVIEWER);
    static FakeTelegram telegram;

    @BeforeAll
    static void share() {
        telegram = BOT.telegram();
    }

    @Test
    void forgedButtonDataNeverBreaksAFeature() {
        Random random = new Random(20261206);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            Person person = new Person(telegram, 5100 + i);
            if (person.user() == REVIEWER) {
                person.choosesAsStaff("en");
            } else {
                person.chooses(i % 2 == 0 ? "vi" : "en");
            }
            people.add(person);
        }
        for (int i = 0; i < PRESSES; i++) {
            String data = mangled(SEEDS.get(random.nextInt(SEEDS.size())), random);
            if (i % 10 == 0) {
                telegram.userPressesIn(HOA, FakeTelegram.groupChat(GROUP), 1 + random.nextInt(9999), data);
            } else if (i % 10 == 1) {
                telegram.userPresses(HOA, 1 + random.nextInt(9999), data);
            } else {
                telegram.userPresses(people.get(i % PEOPLE).user(), 1 + random.nextInt(9999), data);
            }
        }
        for (Person person : people) {
            person.writes("/help");
            person.waitsFor(c -> c.text().startsWith("Lighthouse"));
        }
        List<Call> everything = telegram.calls().stream().filter(Call::isMessage).toList();
        assertThat(everything).noneMatch(c -> c.text().startsWith("Xin lỗi, mình vừa gặp trục trặc")
                || c.text().startsWith("Sorry, something went wrong"));
        assertThat(telegram.messagesTo(GROUP)).noneMatch(c -> c.text().startsWith("Nút này không còn dùng được"));
        assertThat(telegram.refused()).isEmpty();
    }

    /**
     * A seed, cut short, given extra parts or colons, with odd characters in it, or with its payload replaced by colons
     * alone or by a negative and a huge number.
     */
    private static String mangled(String seed, Random random) {
        StringBuilder data = new StringBuilder(seed);
        switch (random.nextInt(7)) {
            case 0 -> data.setLength(random.nextInt(seed.length() + 1));
            case 1 -> data.append(':').append(random.nextInt(100));
            case 2 -> data.append(":".repeat(1 + random.nextInt(4)));
            case 3 -> data.append(":").append("9".repeat(1 + random.nextInt(25)));
            case 4 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    data.setCharAt(random.nextInt(data.length()), ODD.charAt(random.nextInt(ODD.length())));
                }
            }
            case 5 -> data.replace(data.indexOf(":") + 1, data.length(), ":".repeat(random.nextInt(4)));
            default -> data.replace(data.indexOf(":") + 1, data.length(), "-1:" + Long.MAX_VALUE);
        }
        return data.length() > 64 ? data.substring(0, 64) : data.toString();
    }
}
