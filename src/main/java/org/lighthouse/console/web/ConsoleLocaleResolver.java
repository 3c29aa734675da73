package org.lighthouse.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.shared.Language;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The console's language: the one the account chose (switched in the header), else the first of Vietnamese and
 * English that the browser asks for, else Vietnamese. The switch is stored on the account, not here.
 */
class ConsoleLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user
                && user.language() != null) {
            return Locale.forLanguageTag(user.language().code());
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                if (asked.getLanguage().equals(Language.VI.code()) || asked.getLanguage().equals(Language.EN.code())) {
                    return Locale.forLanguageTag(asked.getLanguage());
                }
            }
        }
        return Locale.forLanguageTag(Language.PRIMARY.code());
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
            @Nullable Locale locale) {
        throw new UnsupportedOperationException("the console's language is the account's: see LanguageController");
    }
}
