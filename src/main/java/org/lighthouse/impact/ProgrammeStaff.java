package org.lighthouse.impact;

import java.util.HashSet;
import java.util.Set;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.classroom.ClassMemberships;
import org.lighthouse.content.ContentStaff;
import org.lighthouse.safety.SafetyConversations;
import org.springframework.stereotype.Component;

/**
 * The people who run the programme rather than learn from it: teachers, admins, responders, and those who review and
 * record the content. The programme does not count them among the people it reached, nor asks them the check-in.
 */
@Component
public class ProgrammeStaff {

    private final ClassMemberships classes;
    private final SafetyConversations safety;
    private final ContentStaff content;

    ProgrammeStaff(ClassMemberships classes, SafetyConversations safety, ContentStaff content) {
        this.classes = classes;
        this.safety = safety;
        this.content = content;
    }

    /** Their chats with the bot, by key. */
    public Set<String> chats() {
        Set<String> chats = new HashSet<>(classes.programmeChats());
        safety.respondersChats().stream().map(ChatRef::key).forEach(chats::add);
        content.chats().stream().map(ChatRef::key).forEach(chats::add);
        return chats;
    }

    /** One chat, asked at a menu: without listing every console account, as {@link #chats()} does. */
    boolean includes(ChatRef chat) {
        return classes.programmeChats().contains(chat.key()) || safety.respondersChats().contains(chat)
                || content.includes(chat);
    }
}
