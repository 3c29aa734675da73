package org.lighthouse.offer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the offer check's data files from the class path, so that every problem names its file. */
final class DataFile {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private DataFile() {
    }

    /** The YAML file's top level. */
    static Field yaml(String resource) {
        try (InputStream in = open(resource)) {
            JsonNode root = YAML.readTree(in);
            if (root == null || !root.isObject()) {
                throw MalformedOfferData.inFile(resource, "the file must hold a YAML mapping", null);
            }
            return new Field(resource, "", root);
        } catch (JacksonException e) {
            throw MalformedOfferData.inFile(resource, "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text file's lines. */
    static List<String> lines(String resource) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw MalformedOfferData.inFile(resource, "the file is missing from the class path", null);
        }
        return in;
    }
}
