package org.lighthouse.console.accounts;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.lighthouse.console.Role;
import org.lighthouse.content.ContentAccounts;
import org.springframework.stereotype.Component;

/** The console's reviewers and content staff as the chat sees them: by the Telegram user linked to their account. */
@Component
class ConsoleContentAccounts implements ContentAccounts {

    private final AccountStore accounts;

    ConsoleContentAccounts(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean reviewer(long telegramUser) {
        return holds(telegramUser, Role.REVIEWER);
    }

    @Override
    public boolean recorder(long telegramUser) {
        return holds(telegramUser, Role.CONTENT);
    }

    @Override
    public Set<Long> linked() {
        return accounts.all().stream().filter(a -> !a.disabled() && a.telegram() != null)
                .filter(a -> a.roles().contains(Role.REVIEWER) || a.roles().contains(Role.CONTENT))
                .map(Account::telegram).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> login(long telegramUser) {
        return accounts.byTelegram(telegramUser).filter(a -> !a.disabled()).map(Account::login);
    }

    private boolean holds(long telegramUser, Role role) {
        return accounts.byTelegram(telegramUser).filter(a -> !a.disabled()).map(a -> a.roles().contains(role))
                .orElse(false);
    }
}
