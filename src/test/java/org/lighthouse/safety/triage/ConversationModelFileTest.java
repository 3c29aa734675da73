package org.lighthouse.safety.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        byte[] trained = bytes(JudgedConversations.trainedWithout(List.of(), ConversationModel.SHIPPED_LEARNING));
        String target = System.getProperty(WRITE);
        if (target != null) {
            Files.write(Path.of(target), trained);
        }
        byte[] shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ConversationModel.SHIPPED_FILE)) {
            assertThat(in).as(ConversationModel.SHIPPED_FILE).isNotNull();
            shipped = in.readAllBytes();
        }
        assertThat(target == null ? shipped : Files.readAllBytes(Path.of(target)))
                .as("the shipped model is stale: train it again with -D" + WRITE + "=<its path in src/main/resources>")
                .isEqualTo(trained);
    }

    @Test
    void trainingTwiceGivesTheSameModel() throws IOException {
        assertThat(bytes(JudgedConversations.trainedWithout(List.of("dev-a"), ConversationModel.SHIPPED_LEARNING)))
                .isEqualTo(bytes(JudgedConversations.trainedWithout(List.of("dev-a"),
                        ConversationModel.SHIPPED_LEARNING)));
    }

    private static byte[] bytes(ConversationModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
