package org.lighthouse.console.broadcast;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Outbox;
import org.lighthouse.channel.ReplyWindow;
import org.lighthouse.classroom.ClassRosters;
import org.lighthouse.console.broadcast.Broadcast.Recipient;
import org.lighthouse.conversation.KnownChats;
import org.lighthouse.conversation.KnownChats.KnownChat;
import org.lighthouse.privacy.Erasures;
import org.lighthouse.safety.SafetyConversations;
import org.lighthouse.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Works out who an audience reaches now: everyone in it but those who blocked the bot, those with a safety case open,
 * and those the bot may not write to now (Messenger's 24-hour window, a channel that is off).
 */
@Component
class Audiences {

    private final KnownChats chats;
    private final ClassRosters classes;
    private final Erasures erasures;
    private final SafetyConversations safety;
    private final Outbox outbox;
    private final List<ReplyWindow> windows;
    private final Clock clock;

    Audiences(KnownChats chats, ClassRosters classes, Erasures erasures, SafetyConversations safety, Outbox outbox,
            List<ReplyWindow> windows, Clock clock) {
        this.chats = chats;
        this.classes = classes;
        this.erasures = erasures;
        this.safety = safety;
        this.outbox = outbox;
        this.windows = windows;
        this.clock = clock;
    }

    /** Who the audience reaches, and the counts the preview and the record show. */
    record Reach(Plan plan, List<Recipient> recipients) {
    }

    Reach reach(Audience audience) {
        List<KnownChat> members;
        int deleted = 0;
        if (audience.isClass()) {
            List<String> students = classes.students(audience.classId());
            members = chats.among(students);
            deleted = students.size() - members.size();
        } else {
            Instant since = clock.instant().minus(Duration.ofDays(audience.days()));
            members = chats.activeSince(since);
            deleted = (int) erasures.since(since);
        }
        int blocked = 0;
        int openCase = 0;
        int closed = 0;
        List<Recipient> recipients = new ArrayList<>();
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        Map<String, Integer> byLanguage = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            byLanguage.put(language.code(), 0);
        }
        for (KnownChat member : members) {
            if (member.blocked()) {
                blocked++;
            } else if (safety.hasOpenCase(member.chat())) {
                openCase++;
            } else if (!mayWrite(member.chat())) {
                closed++;
            } else {
                Language language = member.language() == null ? Language.PRIMARY : member.language();
                recipients.add(new Recipient(member.chat().key(), language));
                byChannel.merge(member.chat().channel().app(), 1, Integer::sum);
                byLanguage.merge(language.code(), 1, Integer::sum);
            }
        }
        return new Reach(new Plan(byChannel, byLanguage, recipients.size(), blocked, openCase, deleted, closed),
                recipients);
    }

    private boolean mayWrite(ChatRef chat) {
        return outbox.serves(chat.channel())
                && windows.stream().filter(w -> w.covers(chat)).allMatch(w -> w.open(chat));
    }
}
