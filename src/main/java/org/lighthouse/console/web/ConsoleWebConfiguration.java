package org.lighthouse.console.web;

import org.lighthouse.shared.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's static files, texts and language. */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    /** The application's message source (Spring finds it by this name): the console is its only reader. */
    @Bean
    MessageSource messageSource(Texts texts) {
        return new TextsMessageSource(texts);
    }

    /** By this name the dispatcher uses it; pages outside the console read no message. */
    @Bean
    LocaleResolver localeResolver() {
        return new ConsoleLocaleResolver();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // kept by the browser but checked each time (a 304 when unchanged): never stale after an update
        registry.addResourceHandler("/console/assets/**").addResourceLocations("classpath:/console/assets/")
                .setCacheControl(CacheControl.noCache());
    }
}
