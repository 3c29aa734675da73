package org.lighthouse.channel.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The web chat's page at {@code /} and its transport. */
@Configuration(proxyBeanMethods = false)
@WebChatEnabled
class WebChatConfiguration implements WebMvcConfigurer {

    @Bean
    WebTransport webTransport(WebTranscript transcript) {
        return new WebTransport(transcript);
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/webchat/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // kept by the browser but checked each time (a 304 when unchanged): cheap on a weak connection, and never stale
        // after an update
        registry.addResourceHandler("/webchat/**").addResourceLocations("classpath:/webchat/")
                .setCacheControl(CacheControl.noCache());
    }
}
