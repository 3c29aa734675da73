package org.lighthouse.channel.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The web chat page's own few words (placeholder, send, offline, busy), in the page's language. */
@RestController
@WebChatEnabled
class WebChatTexts {

    private static final List<String> KEYS = List.of("title", "placeholder", "send", "offline", "sending", "busy");

    private final Texts texts;

    WebChatTexts(Texts texts) {
        this.texts = texts;
    }

    @GetMapping("/api/webchat/texts")
    Map<String, String> texts(@RequestParam(defaultValue = "vi") String lang) {
        Language language = Language.ofCode(lang).orElse(Language.PRIMARY);
        Map<String, String> out = new LinkedHashMap<>();
        KEYS.forEach(key -> out.put(key, texts.get(language, "webchat." + key)));
        return out;
    }
}
