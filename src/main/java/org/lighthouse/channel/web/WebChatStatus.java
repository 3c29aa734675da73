package org.lighthouse.channel.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up where the web chat is, so that a newcomer can open it. */
@Component
@WebChatEnabled
class WebChatStatus {

    private static final Logger log = LoggerFactory.getLogger(WebChatStatus.class);

    @EventListener
    void report(WebServerInitializedEvent event) {
        log.info("Web chat: on, at http://localhost:{}/", event.getWebServer().getPort());
    }
}
