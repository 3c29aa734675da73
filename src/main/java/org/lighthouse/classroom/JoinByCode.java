package org.lighthouse.classroom;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lighthouse.channel.Inbound;
import org.lighthouse.conversation.Features.Command;
import org.lighthouse.conversation.Features.TextReader;
import org.lighthouse.conversation.Features.TextStep;
import org.lighthouse.conversation.Turn;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Joining a class by typing its code, where a link to the bot cannot carry it (Zalo has none): {@code /join CODE};
 * {@code /join} alone asks for the code, and the next message is read as one; a code typed as the teacher's message
 * shows it ({@code K7QX-3M9P-TA}), or the teacher's whole message sent on, joins too. Then the same confirmation as the
 * link's ({@link JoinFlow}), with the same limit on wrong codes. Read before other readers: the teacher's message sent
 * on must not be taken for an offer to check.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JoinByCode implements Command, TextStep, TextReader {

    static final String COMMAND = "/join";
    private static final String STEP = "class.code";
    /** A code in the grouped form the teacher's message shows: typed alone, it is meant as a code. */
    private static final Pattern GROUPED = Pattern.compile("[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{2}");
    /** {@code /join CODE} within a text: the teacher's message, sent on. */
    private static final Pattern WRITTEN = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])/join\\s+([A-Za-z0-9-]{10,14})");

    private final JoinFlow join;

    JoinByCode(JoinFlow join) {
        this.join = join;
    }

    @Override
    public Set<String> names() {
        return Set.of(COMMAND.substring(1));
    }

    @Override
    public void run(Turn turn) {
        String code = turn.inbound().commandArgument();
        if (code.isBlank()) {
            turn.goTo(STEP);
            turn.say("classroom.join.askCode");
            return;
        }
        turn.goTo("menu");
        join.follow(turn, code);
    }

    @Override
    public String stepPrefix() {
        return STEP;
    }

    @Override
    public void read(Turn turn, String text) {
        turn.goTo("menu");
        join.follow(turn, text);
    }

    @Override
    public boolean answers(Turn turn, String text) {
        Optional<String> code = codeIn(turn.inbound());
        if (code.isEmpty()) {
            return false;
        }
        turn.goTo("menu");
        join.follow(turn, code.get());
        return true;
    }

    /**
     * The class code an event carries: {@code /join CODE}, a code alone in the grouped form, or {@code /join CODE}
     * within a text. As written; {@link Codes#read} reads it.
     */
    static Optional<String> codeIn(Inbound inbound) {
        String text = inbound.text();
        if (text == null) {
            return Optional.empty();
        }
        if (inbound.kind() == Inbound.Kind.COMMAND) {
            return inbound.command().equals(COMMAND.substring(1)) && !inbound.commandArgument().isBlank()
                    ? Optional.of(inbound.commandArgument()) : Optional.empty();
        }
        if (inbound.kind() != Inbound.Kind.TEXT) {
            return Optional.empty();
        }
        if (GROUPED.matcher(text.strip()).matches()) {
            return Optional.of(text.strip());
        }
        Matcher written = WRITTEN.matcher(text);
        return written.find() ? Optional.of(written.group(1)) : Optional.empty();
    }
}
