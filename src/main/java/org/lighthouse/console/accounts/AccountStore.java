package org.lighthouse.console.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.Role;
import org.lighthouse.shared.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code accounts} collection. Every change is one conditional update whose filter states what must still hold
 * (no lock, no secret yet, the version an admin saw), and bumps the version, so that concurrent changes never
 * overwrite each other.
 */
@Component
public class AccountStore {

    private final MongoTemplate mongo;
    private final ConsoleSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountStore(MongoTemplate mongo, ConsoleSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Published when an account's roles, alias, Telegram link or being enabled may have changed, or one was added: who
     * counts as a responder is read again at once.
     */
    public record Changed(String login) {
    }

    /** A responder as the safety net knows them: see {@link ConsoleUser#responderKey()}. */
    public record ResponderAccount(String responderKey, String alias, @Nullable Long telegram) {
    }

    public Optional<Account> find(String login) {
        return Optional.ofNullable(mongo.findById(login, Account.class));
    }

    public List<Account> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Account.class);
    }

    /** Every enabled account with the RESPONDER role, so the safety net can recognise them wherever they act. */
    public List<ResponderAccount> enabledResponders() {
        return mongo.find(Query.query(Criteria.where("roles").is(Role.RESPONDER.name()).and("disabled").is(false))
                .with(Sort.by("_id")), Account.class).stream()
                .map(a -> new ResponderAccount(a.user().responderKey(), a.alias(), a.telegram())).toList();
    }

    public boolean exists(String login) {
        return mongo.exists(byLogin(login), Account.class);
    }

    public Optional<Account> byTelegram(long telegram) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("telegram").is(telegram)), Account.class));
    }

    /** Stores a new account; refused when its login or Telegram id is taken, even by a concurrent creation. */
    Account insert(Account account) {
        try {
            Account stored = mongo.insert(account);
            events.publishEvent(new Changed(stored.login()));
            return stored;
        } catch (DuplicateKeyException e) {
            throw exists(account.login()) ? new AccountRefused("console.account.loginTaken",
                    Map.of("login", account.login())) : new AccountRefused("console.account.telegramTaken");
        }
    }

    /**
     * Counts a failed login (a wrong password or code); the one that reaches the limit locks the account for a while
     * and starts the count again. Returns when that lock ends, or null when this failure locked nothing.
     */
    public @Nullable Instant failed(String login) {
        Account account = modify(byLogin(login), new Update().inc("failedLogins", 1));
        if (account == null || account.failedLogins() < settings.failedLogins()) {
            return null;
        }
        Instant until = clock.instant().plus(settings.lockFor());
        return modify(byLogin(login).addCriteria(Criteria.where("failedLogins").gte(settings.failedLogins())),
                new Update().set("failedLogins", 0).set("lockedUntil", until)) != null ? until : null;
    }

    /** A full login: the failed count starts again. */
    public void succeeded(String login) {
        modify(byLogin(login).addCriteria(Criteria.where("failedLogins").ne(0)), new Update().set("failedLogins", 0));
    }

    /**
     * Takes the code of a 30-second step as used: true when no code of this step or a later one was accepted before
     * (a code seen over someone's shoulder cannot be used again).
     */
    public boolean useStep(String login, long step) {
        return modify(byLogin(login).addCriteria(new Criteria().orOperator(Criteria.where("totpLastStep").lt(step),
                Criteria.where("totpLastStep").isNull())), new Update().set("totpLastStep", step)) != null;
    }

    /** Sets up the second factor with a secret whose code of {@code step} was just confirmed; only once. */
    public boolean setSecondFactor(String login, String secret, long step) {
        return modify(byLogin(login).addCriteria(Criteria.where("totpSecret").isNull()),
                new Update().set("totpSecret", secret).set("totpLastStep", step)) != null;
    }

    public boolean unlock(String login) {
        return modify(byLogin(login), new Update().set("failedLogins", 0).unset("lockedUntil")) != null;
    }

    public boolean setDisabled(String login, boolean disabled) {
        boolean changed = modify(byLogin(login), new Update().set("disabled", disabled)) != null;
        events.publishEvent(new Changed(login));
        return changed;
    }

    public void setLanguage(String login, Language language) {
        modify(byLogin(login), new Update().set("language", language));
    }

    /**
     * An admin's edit, based on the version the admin saw: empty when the account changed meanwhile (or is gone).
     * Refused when the Telegram id is another account's.
     */
    public Optional<Account> edit(String login, long version, Set<Role> roles, String alias, @Nullable Long telegram) {
        Update update = new Update().set("roles", roles).set("alias", alias);
        if (telegram == null) {
            update.unset("telegram");
        } else {
            update.set("telegram", telegram);
        }
        try {
            Optional<Account> edited = Optional.ofNullable(modify(byLogin(login).addCriteria(Criteria.where("version")
                    .is(version)), update));
            events.publishEvent(new Changed(login));
            return edited;
        } catch (DuplicateKeyException e) {
            throw new AccountRefused("console.account.telegramTaken");
        }
    }

    private @Nullable Account modify(Query query, Update update) {
        return mongo.findAndModify(query, update.inc("version", 1), FindAndModifyOptions.options().returnNew(true),
                Account.class);
    }

    private static Query byLogin(String login) {
        return Query.query(Criteria.where("_id").is(login));
    }
}
