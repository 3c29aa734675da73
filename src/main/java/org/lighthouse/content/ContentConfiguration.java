package org.lighthouse.content;

import java.time.Clock;
import java.util.stream.Collectors;
import org.lighthouse.content.loading.ContentReader;
import org.lighthouse.content.loading.LoadedContent;
import org.lighthouse.content.loading.ReviewStore;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.DataDirectorySettings;
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
        return content;
    }

    /** The content with the reviews made in the chat, kept in the data directory. */
    @Bean
    ContentReviews contentReviews(LoadedContent content, DataDirectorySettings settings, FilesSettings files, Clock clock) {
        ContentReviews reviews = new ContentReviews(content, new ReviewStore(settings.dataDir()), clock);
        log.info("Content from {}: {} lessons in {} series; {}", files.locate("content"), content.lessons().size(),
                content.series().size(), reviews.status().locales().stream()
                        .map(c -> c.language().code() + " " + c.missing().size() + " missing, "
                                + c.reviewedPercent() + "% reviewed")
                        .collect(Collectors.joining("; ")));
        return reviews;
    }

    @Bean
    Catalog catalog(ContentReviews reviews) {
        return reviews.catalog();
    }
}
