package org.lighthouse.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lighthouse.channel.Inbound;
import org.lighthouse.conversation.Features.StartLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Finds the feature a {@code /start <prefix>_<code>} link is for. */
@Component
class StartLinks {

    private static final Pattern FORM = Pattern.compile("([a-z]{1,12})_([A-Za-z0-9_-]{1,51})");

    private final ObjectProvider<StartLink> linkBeans;
    private Map<String, StartLink> links;

    StartLinks(ObjectProvider<StartLink> linkBeans) {
        this.linkBeans = linkBeans;
    }

    /** The argument of {@code /start} when it names a link some feature follows. */
    Optional<String> recognise(String argument) {
        Matcher m = FORM.matcher(argument);
        return m.matches() && links().containsKey(m.group(1)) ? Optional.of(argument) : Optional.empty();
    }

    /**
     * The link an event carries: the argument of {@code /start} when it names a link some feature follows, or a link
     * some feature reads in what was written ({@link StartLink#writtenIn}).
     */
    Optional<String> carriedBy(Inbound inbound) {
        if (inbound.command().equals("start")) {
            return recognise(inbound.commandArgument());
        }
        return links().values().stream().flatMap(link -> link.writtenIn(inbound).map(code -> link.linkPrefix() + "_"
                + code).stream()).filter(link -> FORM.matcher(link).matches()).findFirst();
    }

    /** Follows the link; false when no feature knows it (the caller then greets as usual). */
    boolean follow(Turn turn, String argument) {
        Matcher m = FORM.matcher(argument);
        StartLink link = m.matches() ? links().get(m.group(1)) : null;
        if (link == null) {
            return false;
        }
        link.follow(turn, m.group(2));
        return true;
    }

    /** Found on first use: the features may themselves depend on the conversation. */
    private Map<String, StartLink> links() {
        if (links == null) {
            links = linkBeans.orderedStream().collect(Collectors.toMap(StartLink::linkPrefix, Function.identity()));
        }
        return links;
    }
}
