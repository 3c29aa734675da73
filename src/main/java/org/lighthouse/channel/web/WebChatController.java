package org.lighthouse.channel.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web chat's API. The page posts what the person typed or pressed, numbered so that a post repeated on a weak
 * connection is handled once, and fetches the bot's messages that are new or changed.
 */
@RestController
@WebChatEnabled
@RequestMapping("/api/chat/{session}")
class WebChatController {

    static final int MAX_TEXT = 4096;
    private static final Pattern POST_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Inbox inbox;
    private final WebTranscript transcript;
    private final WebChatSettings settings;
    private final PostRate rate;

    WebChatController(Inbox inbox, WebTranscript transcript, WebChatSettings settings, PostRate rate) {
        this.inbox = inbox;
        this.transcript = transcript;
        this.settings = settings;
        this.rate = rate;
    }

    /**
     * Something the person did: {@code text} typed, or the {@code data} of a button pressed on message {@code ref}.
     * {@code id} is the page's random id for the post, the same when the page sends it again.
     */
    record Post(@Nullable String id, @Nullable String text, @Nullable String data, @Nullable String ref) {
    }

    /** Messages after a revision; {@code erased}: the revision at which the person last had their chat erased. */
    record Messages(long rev, long erased, List<Shown> messages) {
    }

    record Shown(long number, long rev, String text, List<List<Button>> buttons, @Nullable String file,
            @Nullable String fileName) {
    }

    @PostMapping("/events")
    ResponseEntity<String> post(@PathVariable String session, @RequestBody Post post) {
        Inbound inbound = inbound(checked(session), post);
        if (!rate.allow(session)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .body("too many messages from this chat; wait a minute");
        }
        inbox.accept(List.of(inbound));
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/messages")
    Messages messages(@PathVariable String session, @RequestParam(defaultValue = "0") long since) {
        List<Shown> shown = transcript.since(checked(session), since, settings.keepMessages()).stream()
                .map(m -> new Shown(m.number(), m.rev(), m.text(), m.buttons(), m.file(), m.fileName())).toList();
        long rev = shown.stream().mapToLong(Shown::rev).max().orElse(since);
        return new Messages(rev, transcript.erasedAt(session), shown);
    }

    @ExceptionHandler(BadPost.class)
    ResponseEntity<String> refuse(BadPost e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(e.getMessage());
    }

    private static Inbound inbound(String session, Post post) {
        if (post.id() == null || !POST_ID.matcher(post.id()).matches()) {
            throw new BadPost("id must be the post's own random id: 8 to 64 letters, digits, - or _");
        }
        ChatRef chat = ChatRef.web(session);
        String key = "web:" + session + ":" + post.id();
        if (post.data() != null) {
            if (post.data().getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
                throw new BadPost("button data is at most " + Button.MAX_DATA_BYTES + " bytes");
            }
            return Inbound.of(chat, key, session, false, Inbound.Kind.BUTTON, null, post.data(), post.ref(), null);
        }
        String text = post.text() == null ? "" : post.text().strip();
        if (text.isEmpty()) {
            throw new BadPost("a post needs text or button data");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadPost("a message is at most " + MAX_TEXT + " characters");
        }
        Inbound.Kind kind = text.startsWith("/") ? Inbound.Kind.COMMAND : Inbound.Kind.TEXT;
        return Inbound.of(chat, key, session, false, kind, text, null, null, null);
    }

    private static String checked(String session) {
        if (!SESSION.matcher(session).matches()) {
            throw new BadPost("the chat session must be a lower-case UUID");
        }
        return session;
    }

    /** A post the web chat cannot take, with the reason. */
    static class BadPost extends RuntimeException {
        BadPost(String reason) {
            super(reason);
        }
    }
}
