package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped conversation model is the one training on every labelled conversation gives today: a change to the
 * phrase files, the rules, the message corpora or the conversation sets changes what the model reads, and it must be
 * trained again. {@code mvn -o -B test -Dtest=ConversationModelFileTest
 * -Dlighthouse.conversation-model.write=src/main/resources/safety/triage-conversation-model.bin} does so.
 */
class ConversationModelFileTest {

    private static final String WRITE = "lighthouse.conversation-model.write";

    @Test
    void theShippedModelIsTrainedOnEveryLabelledConversation() throws IOException {
        ShippedFile.assertCurrent(ConversationModel.SHIPPED_FILE,
                bytes(JudgedConversations.trainedWithout(List.of(), ConversationModel.SHIPPED_LEARNING)), WRITE);
    }

    @Test
    void trainingTwiceGivesTheSameModel() throws IOException {
        List<ConversationModel.Example> examples = JudgedConversations.all().stream()
                .filter(judged -> judged.author().equals("dev-a")).map(JudgedConversations.Judged::example).toList();
        assertThat(bytes(ConversationModel.train(examples, ConversationModel.SHIPPED_LEARNING)))
                .isEqualTo(bytes(ConversationModel.train(examples, ConversationModel.SHIPPED_LEARNING)));
    }

    /**
     * Reading the shipped file is all the conversation model adds to start-up: about 3 ms of CPU after the message
     * model's training, 50 ms in a JVM that loaded nothing of OpenNLP yet.
     */
    @Test
    void readingTheShippedModelCostsLittleCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        ConversationModel.read(ConversationModel.SHIPPED_FILE);
        Duration spent = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
        System.out.println("reading the conversation model: " + spent.toMillis() + " ms of CPU");
        assertThat(spent).isLessThan(Duration.ofMillis(150));
    }

    private static byte[] bytes(ConversationModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
