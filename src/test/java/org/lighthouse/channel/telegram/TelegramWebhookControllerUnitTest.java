package org.lighthouse.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** What a delivery is answered, whatever happens behind the controller. */
class TelegramWebhookControllerUnitTest {

    private static final String SECRET = "the-secret";
    private static final String UPDATE = "{\"update_id\":42,\"message\":{}}";

    private final TelegramWebhook webhook = mock(TelegramWebhook.class);

    /** An update that could not be stored is answered 500, so that Telegram delivers it again. */
    @Test
    void updateNotStoredIsAnswered500() throws Exception {
        when(webhook.admits(SECRET)).thenReturn(true);
        doThrow(new DataAccessResourceFailureException("the database refuses writes")).when(webhook).take(any());
        assertThat(deliver(controller(webhook), SECRET).getStatusCode().value()).isEqualTo(500);
    }

    /** Stored: 200. */
    @Test
    void updateStoredIsAnswered200() throws Exception {
        when(webhook.admits(SECRET)).thenReturn(true);
        assertThat(deliver(controller(webhook), SECRET).getStatusCode().value()).isEqualTo(200);
        verify(webhook).take(any());
    }

    /** While Telegram is polled (or off) there is no webhook: every delivery gets 403. */
    @Test
    void withoutWebhookModeEveryDeliveryIs403() throws Exception {
        TelegramWebhookController off = new TelegramWebhookController(new StaticListableBeanFactory()
                .getBeanProvider(TelegramWebhook.class));
        assertThat(deliver(off, SECRET).getStatusCode().value()).isEqualTo(403);
    }

    /** A wrong secret gets 403 and nothing is taken. */
    @Test
    void wrongSecretIs403() throws Exception {
        assertThat(deliver(controller(webhook), "guess").getStatusCode().value()).isEqualTo(403);
        verify(webhook, never()).take(any());
    }

    private static TelegramWebhookController controller(TelegramWebhook webhook) {
        return new TelegramWebhookController(new StaticListableBeanFactory(Map.of("telegramWebhook", webhook))
                .getBeanProvider(TelegramWebhook.class));
    }

    private static ResponseEntity<String> deliver(TelegramWebhookController controller, String secret)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", TelegramWebhookController.PATH);
        request.setContentType("application/json");
        request.setContent(UPDATE.getBytes(StandardCharsets.UTF_8));
        return controller.deliver(secret, request);
    }
}
