package org.lighthouse.console.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * Spring's message source over the project's interface texts, so that Thymeleaf's {@code #{key}} reads
 * {@code locales/}. Texts have named placeholders, not numbered ones: arguments are not filled in here (use
 * {@link ConsoleTexts} for texts with values).
 */
class TextsMessageSource implements MessageSource {

    private final Texts texts;

    TextsMessageSource(Texts texts) {
        this.texts = texts;
    }

    @Override
    public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
            @Nullable Locale locale) {
        try {
            return getMessage(code, args, locale);
        } catch (NoSuchMessageException e) {
            return defaultMessage;
        }
    }

    @Override
    public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale) {
        try {
            return texts.get(ConsoleTexts.language(locale == null ? Locale.ROOT : locale), code);
        } catch (IllegalArgumentException e) {
            throw new NoSuchMessageException(code, locale);
        }
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale) {
        String[] codes = resolvable.getCodes();
        for (String code : codes == null ? new String[0] : codes) {
            String text = getMessage(code, null, null, locale);
            if (text != null) {
                return text;
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[0],
                locale == null ? Locale.ROOT : locale);
    }
}
