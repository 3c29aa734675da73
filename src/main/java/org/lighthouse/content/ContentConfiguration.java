package org.lighthouse.content;

import java.util.stream.Collectors;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.content.loading.Coverage;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.FilesSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the content at start-up; invalid content stops the start with the problems found. */
@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ContentConfiguration.class);

    @Bean
    LoadedContent loadedContent(FilesSettings files) {
        String location = files.locate("content");
        LoadedContent content = ContentReader.read(location);
        if (!content.valid()) {
            throw new ConfigurationProblem("the content has " + content.problems().size() + " problem(s), first "
                    + content.problems().get(0) + " (run `scripts/run content-check` for all of them)");
        }
        log.info("Content from {}: {} lessons in {} series; {}", location, content.lessons().size(),
                content.series().size(), Coverage.of(content).values().stream()
                        .map(c -> c.language().code() + " " + c.missing().size() + " missing, "
                                + Math.round(c.reviewed() * 100) + "% reviewed")
                        .collect(Collectors.joining("; ")));
        return content;
    }

    @Bean
    Catalog catalog(LoadedContent content) {
        return new Catalog(content.series(), content.lessons());
    }

    /** What {@code content-check} would print for the content this run serves. */
    @Bean
    ContentStatus contentStatus(LoadedContent content) {
        return ContentStatus.of(content);
    }
}
