package org.lighthouse.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.lighthouse.channel.Button;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.inbox.Inbox;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The web chat's API. The page posts what the person typed or pressed, numbered so that a post repeated on a weak
 * connection is handled once, and fetches the bot's messages that are new or changed. Whatever it refuses it refuses
 * before storing anything, with a 4xx and a one-line reason.
 */
@RestController
@WebChatEnabled
@RequestMapping("/api/chat/{session}")
class WebChatController {

    private static final Pattern SESSION = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Inbox inbox;
    private final WebTranscript transcript;
    private final WebChatSettings settings;
    private final PostLimits limits;

    WebChatController(Inbox inbox, WebTranscript transcript, WebChatSettings settings, PostLimits limits) {
        this.inbox = inbox;
        this.transcript = transcript;
        this.settings = settings;
        this.limits = limits;
    }

    /** Messages after a revision; {@code erased}: the revision at which the person last had their chat erased. */
    record Messages(long rev, long erased, List<Shown> messages) {
    }

    record Shown(long number, long rev, String text, List<List<Button>> buttons, @Nullable String file,
            @Nullable String fileName, @Nullable String alt) {
    }

    /** Takes a {@link Post}; 429 with {@code Retry-After} when its chat or its client address posts too much. */
    @PostMapping("/events")
    ResponseEntity<String> post(@PathVariable String session, HttpServletRequest request) throws IOException {
        String chat = checked(session);
        Inbound inbound = Post.read(request).inbound(chat);
        Optional<PostLimits.Refusal> refusal = limits.admit(request.getRemoteAddr(), chat);
        if (refusal.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.TEXT_PLAIN)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.get().retryAfter().toSeconds()))
                    .body(refusal.get().reason());
        }
        inbox.accept(List.of(inbound));
        return ResponseEntity.accepted().build();
    }

    @GetMapping("/messages")
    Messages messages(@PathVariable String session, @RequestParam(defaultValue = "0") long since) {
        if (since < 0) {
            throw Refused.bad("since is a revision the page was given: 0 or more");
        }
        List<Shown> shown = transcript.since(checked(session), since, settings.keepMessages()).stream()
                .map(m -> new Shown(m.number(), m.rev(), m.text(), m.buttons(), m.file(), m.fileName(), m.alt()))
                .toList();
        long rev = shown.stream().mapToLong(Shown::rev).max().orElse(since);
        return new Messages(rev, transcript.erasedAt(session), shown);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<String> refuse(Refused e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> refuse(MethodArgumentTypeMismatchException e) {
        return refuse(Refused.bad(e.getName() + " must be a whole number"));
    }

    private static String checked(String session) {
        if (!SESSION.matcher(session).matches()) {
            throw Refused.bad("the chat session must be a lower-case UUID");
        }
        return session;
    }
}
