package org.lighthouse.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The interface texts of {@code locales/<code>/*.yml}, one bundle per language. Each feature keeps its texts in its own
 * file ({@code common.yml}, {@code offer.yml}, ...); a key defined in two files of a language is an error.
 */
@Component
public class LocaleBundles implements Texts {

    private static final Logger log = LoggerFactory.getLogger(LocaleBundles.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");

    private final Map<Language, LocaleBundle> bundles = new EnumMap<>(Language.class);

    public LocaleBundles(FilesSettings files) {
        String location = files.locate("locales");
        for (Language language : Language.values()) {
            bundles.put(language, read(location, language));
        }
        log.info("Interface texts from {}: {}", location, summary());
    }

    @Override
    public String get(Language language, String key, Map<String, ?> values) {
        String template = bundles.get(language).messages().get(key);
        if (template == null) {
            template = bundles.get(Language.PRIMARY).messages().get(key);
        }
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' in locales/" + Language.PRIMARY.code() + ".yml");
        }
        return fill(template, values);
    }

    @Override
    public boolean has(Language language, String key) {
        return bundles.get(language).messages().containsKey(key);
    }

    public LocaleBundle bundle(Language language) {
        return bundles.get(language);
    }

    private String summary() {
        StringBuilder out = new StringBuilder();
        bundles.forEach((language, bundle) -> out.append(language.code()).append(' ').append(bundle.messages().size())
                .append(" texts (").append(bundle.status()).append(") "));
        return out.toString().trim();
    }

    private static String fill(String template, Map<String, ?> values) {
        if (values.isEmpty()) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        return m.appendTail(out).toString();
    }

    static LocaleBundle read(String location, Language language) {
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(location + language.code() + "/*.yml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.length == 0) {
            throw new ConfigurationProblem("locales/" + language.code() + "/ has no .yml file: every language needs its"
                    + " interface texts");
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        Map<String, String> messages = new LinkedHashMap<>();
        Map<String, String> origin = new HashMap<>();
        String status = "reviewed";
        for (Resource file : files) {
            String fileName = "locales/" + language.code() + "/" + file.getFilename();
            LocaleBundle part = readFile(file, fileName);
            part.messages().forEach((key, text) -> {
                String before = origin.putIfAbsent(key, fileName);
                if (before != null) {
                    throw new ConfigurationProblem(fileName + ": the text '" + key + "' is also in " + before);
                }
                messages.put(key, text);
            });
            status = "reviewed".equals(part.status()) ? status : part.status();
        }
        return new LocaleBundle(messages, status);
    }

    private static LocaleBundle readFile(Resource resource, String fileName) {
        try (InputStream in = resource.getInputStream()) {
            JsonNode root = new YAMLMapper().readTree(in);
            JsonNode messages = root == null ? null : root.get("messages");
            if (messages == null || !messages.isObject()) {
                throw new ConfigurationProblem(fileName + ": the field 'messages' is missing or is not a map of texts");
            }
            Map<String, String> flat = new LinkedHashMap<>();
            flatten("", messages, flat, fileName);
            JsonNode meta = root.path("meta");
            return new LocaleBundle(flat, meta.path("status").asString("draft"));
        } catch (JacksonException e) {
            throw new ConfigurationProblem(fileName + " is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into, String fileName) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, into, fileName);
            } else if (value.isString()) {
                into.put(key, value.asString());
            } else {
                throw new ConfigurationProblem(fileName + ": the field 'messages." + key + "' must be a text");
            }
        }
    }

    /** One language's texts, with its review status: {@code reviewed} only when every file is reviewed. */
    public record LocaleBundle(Map<String, String> messages, String status) {
    }
}
