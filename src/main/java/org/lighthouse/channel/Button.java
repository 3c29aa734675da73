package org.lighthouse.channel;

import org.jspecify.annotations.Nullable;

/**
 * A button under a message: pressing it sends {@code data} back to the bot, or opens {@code url}.
 *
 * @param label what the button shows
 * @param data at most {@value #MAX_DATA_BYTES} bytes (Telegram's limit)
 * @param url a link to open instead of sending data
 */
public record Button(String label, @Nullable String data, @Nullable String url) {

    public static final int MAX_DATA_BYTES = 64;

    public Button {
        if (data != null && data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("button data over " + MAX_DATA_BYTES + " bytes: " + data);
        }
        if ((data == null) == (url == null)) {
            throw new IllegalArgumentException("a button has either data or a url: " + label);
        }
    }

    public static Button of(String label, String data) {
        return new Button(label, data, null);
    }

    public static Button link(String label, String url) {
        return new Button(label, null, url);
    }
}
