package org.lighthouse.safety.escalation;

import java.util.Set;
import java.util.stream.Collectors;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.safety.SafetyCase;
import org.lighthouse.safety.SafetyConversations;
import org.springframework.stereotype.Component;

/** Chats whose case is open and engaging the person, as {@link SafetyScreen} routes them. */
@Component
class EngagedChats implements SafetyConversations {

    private final CaseStore cases;
    private final Responders responders;

    EngagedChats(CaseStore cases, Responders responders) {
        this.cases = cases;
        this.responders = responders;
    }

    @Override
    public boolean engages(ChatRef chat) {
        return cases.openFor(chat.key()).filter(SafetyCase::engaging).isPresent();
    }

    @Override
    public boolean hasOpenCase(ChatRef chat) {
        return cases.openFor(chat.key()).isPresent();
    }

    @Override
    public Set<ChatRef> respondersChats() {
        return responders.telegramIds().stream().map(ChatRef::telegram).collect(Collectors.toSet());
    }
}
