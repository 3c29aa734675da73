package org.lighthouse.offer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One offer of a labelled set: its text, language and kind, and the flags and risk a person gave it. */
record LabelledOffer(String id, String language, OfferKind kind, String text, Set<RedFlag> flags, Risk risk) {

    /**
     * Every labelled set, each one author's, in the order they were written (fresh set B's author wrote development
     * set B a year before). Fresh sets D to K, each scored once, are development data since.
     */
    static final List<String> SETS = List.of("offers/offers-dev.jsonl", "offers/offers-dev-b.jsonl",
            "offers/offers-heldout.jsonl", "offers/offers-fresh.jsonl", "offers/offers-fresh-b.jsonl",
            "offers/offers-fresh-c.jsonl", "offers/offers-fresh-d.jsonl",
            "offers/offers-fresh-e.jsonl", "offers/offers-fresh-f.jsonl", "offers/offers-fresh-g.jsonl",
            "offers/offers-fresh-h.jsonl", "offers/offers-fresh-i.jsonl", "offers/offers-fresh-j.jsonl",
            "offers/offers-fresh-k.jsonl");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The offers of a JSON Lines file on the test class path. */
    static List<LabelledOffer> read(String resource) {
        try (InputStream in = LabelledOffer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + resource + " on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank())
                    .map(LabelledOffer::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This offer as the words model of the risk level learns from it. */
    RiskModel.Example example() {
        return new RiskModel.Example(risk == Risk.HIGH, text);
    }

    private static LabelledOffer parse(String line) {
        JsonNode offer = JSON.readTree(line);
        Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
        offer.get("flags").values().forEach(flag -> flags.add(RedFlag.valueOf(flag.stringValue())));
        return new LabelledOffer(offer.get("id").stringValue(), offer.get("lang").stringValue(),
                OfferKind.valueOf(offer.get("kind").stringValue()),
                offer.get("text").stringValue(), flags, Risk.valueOf(offer.get("risk").stringValue()));
    }
}
