package org.lighthouse.safety.triage;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.lighthouse.safety.TriageResult;
import org.lighthouse.safety.TriageResult.Level;
import org.lighthouse.safety.Written;
import org.lighthouse.shared.Language;
import org.lighthouse.text.Normaliser;

/**
 * Triage as a plain object: the data files of {@code safety/}, a document categorizer trained on a labelled corpus,
 * and the conversation model; the product's models are shipped as files. Immutable and thread-safe once built.
 */
public final class TriageEngine {

    private static final List<String> PHRASE_FILES = List.of("safety/triage-phrases-en.yml",
            "safety/triage-phrases-vi.yml", "safety/triage-phrases-hmn.yml");
    private static final String SAFE_WORDS_FILE = "safety/safe-words.yml";
    private static final String CONCEPTS_FILE = "safety/triage-concepts.yml";
    private static final String CONVERSATIONS_FILE = "safety/triage-conversations.yml";
    private static final TriageResult SAFE_WORD = new TriageResult(Level.URGENT, List.of("safe word"), List.of(),
            null);

    private final Normaliser normaliser;
    private final PhraseBook book;
    private final SafeWords safeWords;
    private final Concepts concepts;
    private final MessageModel model;
    private final ConversationJudge conversations;
    private final ConversationFeatures conversationFeatures;
    private final @Nullable ConversationModel conversationModel;
    private final @Nullable ConversationModel conversationWords;

    private TriageEngine(Function<TriageEngine, MessageModel> model, @Nullable ConversationModel conversationModel,
            @Nullable ConversationModel conversationWords) {
        this.normaliser = Normaliser.shipped();
        this.book = PhraseBook.read(PHRASE_FILES);
        this.safeWords = SafeWords.read(SAFE_WORDS_FILE, normaliser);
        this.concepts = Concepts.read(CONCEPTS_FILE);
        this.model = model.apply(this);
        ConversationRules rules = ConversationRules.read(CONVERSATIONS_FILE, book, concepts);
        this.conversations = new ConversationJudge(rules, this);
        this.conversationFeatures = new ConversationFeatures(rules, book.involvement());
        this.conversationModel = conversationModel;
        this.conversationWords = conversationWords;
    }

    /**
     * The engine the product ships, with the message model trained on every corpus of
     * {@link LabelledMessage#TRAINING_CORPORA} (read from its file), once per process (it keeps no state between
     * calls; a service restarted in the same JVM, as the tests do, reuses it).
     */
    public static TriageEngine shipped() {
        return Shipped.ENGINE;
    }

    private static final class Shipped {

        static final TriageEngine ENGINE = new TriageEngine(engine -> MessageModel.read(MessageModel.SHIPPED_FILE),
                ConversationModel.shipped(), ConversationWords.shipped());
    }

    /**
     * An engine with the shipped data files whose message model learns from the given messages only; conversations
     * are judged with the shipped conversation model.
     */
    public static TriageEngine trainedOn(List<LabelledMessage> corpus) {
        return new TriageEngine(engine -> engine.trainModel(corpus), ConversationModel.shipped(),
                ConversationWords.shipped());
    }

    /**
     * The shipped engine without its conversation model: conversations judged by the rules alone, which is what the
     * conversation model learns from.
     */
    static TriageEngine rulesOnly() {
        return new TriageEngine(engine -> MessageModel.read(MessageModel.SHIPPED_FILE), null, null);
    }

    /** A message model trained on the corpus as this engine reads it. */
    MessageModel trainModel(List<LabelledMessage> corpus) {
        return MessageModel.train(corpus.stream()
                .map(message -> new MessageModel.Example(message.level(), read(message.text()).words())).toList());
    }

    /** The hint is not needed to read the text: every language's phrases apply, as users mix languages. */
    public TriageResult assess(String text, @Nullable Language hint) {
        Reading reading = read(text);
        return decide(text, reading, classify(reading));
    }

    /**
     * The level a conversation reached by its last message: the person's recent messages, oldest first, each read in
     * the light of those before it by the rules, whose findings the conversation model weighs with the view of the
     * model of the conversation's words. A single message, or a conversation of too few words for the words model,
     * is the rules' alone: both models learnt from conversations of two messages or more, and the conversation model
     * read the words' view missing as no danger ("công ty nói sẽ giữ hộ chiếu cho an toàn..." fell to NONE) and their
     * view of one message as that of a conversation ("em tên Dua, 14 tuổi, zalo em ..." was raised).
     */
    public TriageResult assess(List<Written> conversation, @Nullable Language hint) {
        ConversationJudge.Weighed weighed = conversations.weigh(conversation);
        String[] words = ConversationWords.of(weighed.steps());
        if (conversationModel == null || conversationWords == null || conversation.size() < 2
                || !ConversationWords.enoughToRead(words)) {
            return weighed.result();
        }
        String[] features = ConversationFeatures.withWords(featuresOf(weighed), words, conversationWords);
        return Blend.SHIPPED.apply(weighed.result(), conversationModel.classify(features),
                conversations.keptUrgent(weighed));
    }

    /** The reasons of the combinations of {@code triage-conversations.yml} that keep a conversation URGENT. */
    Set<String> combinationsKeptUrgent() {
        return conversations.combinationsKeptUrgent();
    }

    /** What the rules read in a conversation, and the features the conversation model reads of it. */
    ConversationJudge.Weighed weigh(List<Written> conversation) {
        return conversations.weigh(conversation);
    }

    String[] featuresOf(ConversationJudge.Weighed weighed) {
        return conversationFeatures.of(weighed);
    }

    /** The level of one message, read and classified already. */
    TriageResult decide(String text, Reading reading, ModelScores scores) {
        if (isSafeWord(text)) {
            return SAFE_WORD;
        }
        return reading.isEmpty() ? TriageResult.NOTHING : Decision.decide(reading, scores);
    }

    public boolean isSafeWord(String text) {
        return safeWords.isSafeWord(text);
    }

    /** What the phrase books find in the text, normalised and with harmless uses masked. */
    Reading read(String text) {
        Text normalised = book.mask(Text.of(normaliser.normalise(text).words()));
        List<Signal> phrased = book.phrasedIn(normalised);
        boolean weighsOffer = book.weighsOffer(normalised);
        return new Reading(normalised, concepts.wordsOf(normalised),
                PhraseBook.signalsIn(normalised, phrased, weighsOffer),
                book.framesIn(normalised, text.indexOf('?') >= 0), book.calmIn(normalised, phrased), weighsOffer);
    }

    ModelScores classify(Reading reading) {
        return model.classify(reading.words());
    }
}
