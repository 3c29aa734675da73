package org.lighthouse.safety;

import ch.qos.logback.classic.LoggerContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.Language;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lighthouse triage}: reads JSON Lines ({@code {"id":"a1","text":"...","locale":"vi"}}, locale optional) on
 * standard input and writes one line per input line, in order: {@code {"id":"a1","level":"URGENT","reasons":[...]}},
 * or {@code {"id":"a1","error":"..."}} for a line it cannot read, and goes on. A line may hold a whole conversation
 * instead of a text, {@code {"id":"c1","messages":[{"text":"...","minutes":0},{"text":"...","minutes":35}]}}, judged
 * at its last message. No database, network or token.
 */
public final class TriageCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TriageCommand() {
    }

    /** The command-line entry point: standard input to standard output, UTF-8. Returns the exit status. */
    public static int run(String[] args) {
        if (args.length > 0) {
            System.err.println("usage: lighthouse triage < messages.jsonl > levels.jsonl");
            return 2;
        }
        quietTrainingLogs();
        PrintStream answers = System.out;
        // Standard output carries the answers only: whatever a library prints while training goes to standard error.
        System.setOut(System.err);
        try {
            return run(new Triage(), System.in, answers);
        } catch (ConfigurationProblem problem) {
            System.err.println("lighthouse triage: cannot start: " + problem.getMessage());
            return 2;
        } finally {
            System.setOut(answers);
        }
    }

    /** OpenNLP reports each training step at INFO; a command-line user only wants to hear of problems. */
    private static void quietTrainingLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.getLogger("opennlp").setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** Answers every line of {@code in} on {@code out}; returns 0 once the input ends. */
    static int run(Triage triage, InputStream in, OutputStream out) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer answers = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                answers.write(JSON.writeValueAsString(answer(triage, line)) + "\n");
                if (!lines.ready()) {
                    answers.flush();
                }
            }
            answers.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode answer(Triage triage, String line) {
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JacksonException e) {
            return error(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (request == null || !request.isObject()) {
            return error(null, "expected a JSON object with a field 'text'");
        }
        JsonNode id = request.get("id");
        JsonNode text = request.get("text");
        JsonNode messages = request.get("messages");
        if ((text == null || !text.isString()) && messages == null) {
            return error(id, "the field 'text' is missing or is not a text");
        }
        JsonNode locale = request.get("locale");
        Language hint = locale == null || locale.isNull() ? null : language(locale);
        if (locale != null && !locale.isNull() && hint == null) {
            return error(id, "the field 'locale' must be vi, en or hmn");
        }
        if (text != null) {
            return levelled(id, triage.assess(text.asString(), hint));
        }
        try {
            return levelled(id, triage.assess(conversation(messages), hint));
        } catch (IllegalArgumentException e) {
            return error(id, e.getMessage());
        }
    }

    /** The messages of a conversation line, each placed in time by its {@code minutes} since the first. */
    private static List<Written> conversation(JsonNode messages) {
        if (!messages.isArray() || messages.isEmpty()) {
            throw new IllegalArgumentException("the field 'messages' must be a non-empty list");
        }
        List<Written> conversation = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            JsonNode text = message.get("text");
            JsonNode minutes = message.get("minutes");
            if (text == null || !text.isString()) {
                throw new IllegalArgumentException("messages[" + i + "]: the field 'text' is missing or is not a text");
            }
            if (minutes != null && !minutes.isNumber()) {
                throw new IllegalArgumentException("messages[" + i + "]: the field 'minutes' must be a number");
            }
            long after = minutes == null ? 0 : minutes.asLong();
            conversation.add(new Written(text.asString(), Instant.EPOCH.plus(Duration.ofMinutes(after))));
        }
        conversation.sort(Comparator.comparing(Written::at));
        return conversation;
    }

    /** The language of a locale such as {@code vi} or {@code vi-VN}, or {@code null} if it names none. */
    private static @Nullable Language language(JsonNode locale) {
        return locale.isString() ? Language.ofCode(locale.asString().split("[-_]")[0]).orElse(null) : null;
    }

    private static ObjectNode levelled(@Nullable JsonNode id, TriageResult result) {
        ObjectNode answer = withId(id);
        answer.put("level", result.level().name());
        result.reasons().forEach(answer.putArray("reasons")::add);
        return answer;
    }

    private static ObjectNode error(@Nullable JsonNode id, String message) {
        return withId(id).put("error", message);
    }

    private static ObjectNode withId(@Nullable JsonNode id) {
        ObjectNode answer = JSON.createObjectNode();
        if (id != null && id.isValueNode() && !id.isNull()) {
            answer.set("id", id);
        }
        return answer;
    }
}
