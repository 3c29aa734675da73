package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lighthouse.safety.triage.JudgedConversations.Words;

/**
 * The shipped conversation model and words model are those training on every labelled conversation gives today: a
 * change to the phrase files, the normaliser, the rules, the message corpora or the conversation sets changes what
 * they read, and both must be trained again. {@code mvn -o -B test -Dtest=ConversationModelFileTest
 * -Dlighthouse.conversation-model.write=src/main/resources/safety/triage-conversation-model.bin
 * -Dlighthouse.conversation-words.write=src/main/resources/safety/triage-conversation-words.bin} does so.
 */
class ConversationModelFileTest {

    private static final String WRITE = "lighthouse.conversation-model.write";
    private static final String WRITE_WORDS = "lighthouse.conversation-words.write";

    @Test
    void theShippedModelIsTrainedOnEveryLabelledConversation() throws IOException {
        ShippedFile.assertCurrent(ConversationModel.SHIPPED_FILE,
                bytes(JudgedConversations.trainedWithout(List.of(), ConversationModel.SHIPPED_LEARNING)), WRITE);
    }

    /**
     * The words model the bot reads is trained on every labelled conversation; the conversation model above learnt
     * its view of each conversation from words models that had not read that conversation's author.
     */
    @Test
    void theShippedWordsModelIsTrainedOnEveryLabelledConversation() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JudgedConversations.wordsTrainedWithout(List.of(), Words.SHIPPED).write(out);
        ShippedFile.assertCurrent(ConversationWords.SHIPPED_FILE, out.toByteArray(), WRITE_WORDS);
    }

    @Test
    void trainingTwiceGivesTheSameModel() throws IOException {
        List<ConversationModel.Example> examples = JudgedConversations.all().stream()
                .filter(judged -> judged.author().equals("dev-a")).map(judged -> new ConversationModel.Example(
                        judged.conversation().level(), judged.features())).toList();
        assertThat(bytes(ConversationModel.train(examples, ConversationModel.SHIPPED_LEARNING)))
                .isEqualTo(bytes(ConversationModel.train(examples, ConversationModel.SHIPPED_LEARNING)));
    }

    /**
     * What the words model adds to the bot: the model kept in the heap for as long as the bot runs. Reading each file
     * costs a few milliseconds of CPU at start-up (about 3 ms for the conversation model after the message model's
     * training, 50 ms in a JVM that loaded nothing of OpenNLP yet): printed, as a figure, not asserted.
     */
    @Test
    void theWordsModelCostsLittleHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        ConversationModel.read(ConversationModel.SHIPPED_FILE);
        System.out.println("reading the conversation model: "
                + Duration.ofNanos(threads.getCurrentThreadCpuTime() - start).toMillis() + " ms of CPU");
        long heapBefore = usedAfterGc(memory);
        start = threads.getCurrentThreadCpuTime();
        ConversationModel words = ConversationModel.read(ConversationWords.SHIPPED_FILE);
        Duration spent = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
        long heap = usedAfterGc(memory) - heapBefore;
        System.out.printf("reading the words model: %d ms of CPU, %.2f MB of heap%n", spent.toMillis(),
                heap / 1e6);
        assertThat(words.classify(new String[] {"no"}).none()).isBetween(0.0, 1.0);
        assertThat(heap).isLessThan(3_000_000);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static byte[] bytes(ConversationModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
