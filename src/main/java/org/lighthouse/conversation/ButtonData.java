package org.lighthouse.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The data of a pressed button: {@code prefix:payload}, plain ASCII, at most 64 bytes, the payload empty or starting
 * with a part before any colon (every feature reads its first part as an action). Anything else was not made by this
 * bot, and no feature sees it.
 */
record ButtonData(String prefix, String payload) {

    private static final Pattern FORM = Pattern.compile("([a-z]{1,12}):((?:[A-Za-z0-9._~-][A-Za-z0-9._:~-]{0,57})?)");

    static Optional<ButtonData> parse(@Nullable String data) {
        if (data == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(data);
        return m.matches() ? Optional.of(new ButtonData(m.group(1), m.group(2))) : Optional.empty();
    }
}
