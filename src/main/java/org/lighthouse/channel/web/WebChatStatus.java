package org.lighthouse.channel.web;

import java.util.Optional;
import org.lighthouse.channel.ChannelStatus;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The web chat's part of the start-up line: where it is, so that a newcomer can open it, or why it is off. */
@Component
@Order(100)
class WebChatStatus implements ChannelStatus {

    private final WebChatSettings settings;
    private final Environment environment;

    WebChatStatus(WebChatSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public String channel() {
        return "web chat";
    }

    /** Read once the web server listens, which sets {@code local.server.port}. */
    @Override
    public Optional<String> mode() {
        return settings.enabled() ? Optional.of("http://localhost:" + environment.getProperty("local.server.port",
                environment.getProperty("server.port", "8080")) + "/") : Optional.empty();
    }

    @Override
    public String whyOff() {
        return "LIGHTHOUSE_WEBCHAT_ENABLED is false";
    }
}
