package org.lighthouse.safety.triage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped message model is the one training on the shipped corpora gives today: a change to the corpora, the phrase
 * files or the normaliser changes what it reads, and it must be trained again (then the conversation model too, which
 * reads its scores; see {@link ConversationLoaoEvaluationTest.ShippedModelFiles}). {@code mvn -o -B test
 * -Dtest=MessageModelFileTest -Dlighthouse.message-model.write=src/main/resources/safety/triage-message-model.bin}
 * does so.
 */
class MessageModelFileTest {

    private static final String WRITE = "lighthouse.message-model.write";

    @Test
    void theShippedModelIsTrainedOnTheShippedCorpora() throws IOException {
        List<LabelledMessage> corpora = LabelledMessage.readAll(LabelledMessage.TRAINING_CORPORA);
        // the engine only reads the corpora here: the model it ships with is not used
        ShippedFile.assertCurrent(MessageModel.SHIPPED_FILE, bytes(TriageEngine.rulesOnly().trainModel(corpora)),
                WRITE);
    }

    private static byte[] bytes(MessageModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
