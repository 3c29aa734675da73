package org.lighthouse.console.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * One-time links ({@code /console/invite/<token>}) by which a person an admin named sets their own password: nobody
 * else ever knows it. A link works once, within {@link ConsoleSettings#invitationValidFor()}.
 */
@Component
public class Invitations {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MongoTemplate mongo;
    private final Accounts accounts;
    private final PasswordPolicy passwords;
    private final ConsoleSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Invitations(MongoTemplate mongo, Accounts accounts, PasswordPolicy passwords, ConsoleSettings settings,
            AuditLog audit, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.passwords = passwords;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** An invitation and its token, which exists nowhere else: the admin passes the link on. */
    public record Issued(String token, Invitation invitation) {
    }

    /** Offers the account, refused as {@link Accounts#create} would refuse it (but for the password). */
    public Issued issue(NewAccount request, String by) {
        NewAccount checked = accounts.checked(request);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Invitation invitation = mongo.insert(new Invitation(hash(token), checked.login(), checked.roles(),
                checked.alias(), checked.telegram(), by, now, now.plus(settings.invitationValidFor()), null));
        audit.record(by, null, "invitation.created", Accounts.describe(checked.roles(), checked.alias(),
                checked.telegram()) + " login=" + checked.login() + " expires=" + invitation.expiresAt());
        return new Issued(token, invitation);
    }

    /** The invitation of a link that can still be used. */
    public Optional<Invitation> open(String token) {
        return Optional.ofNullable(mongo.findOne(usable(token), Invitation.class));
    }

    /**
     * Uses the link: creates the account with the person's password. Refused when the password is weak (the link
     * still works then), or when the link is used, expired or unknown ({@code console.invite.gone}).
     */
    public Account accept(String token, String password) {
        Invitation invitation = open(token).orElseThrow(() -> new AccountRefused("console.invite.gone"));
        passwords.check(password, invitation.login());
        Invitation taken = mongo.findAndModify(usable(token), new Update().set("usedAt", clock.instant()),
                FindAndModifyOptions.options().returnNew(true), Invitation.class);
        if (taken == null) {
            throw new AccountRefused("console.invite.gone");
        }
        Account account = accounts.create(new NewAccount(taken.login(), taken.roles(), taken.alias(),
                taken.telegram()), password, null, taken.login());
        audit.record(taken.login(), null, "invitation.accepted", "invited by " + taken.createdBy());
        return account;
    }

    private Query usable(String token) {
        return Query.query(Criteria.where("_id").is(hash(token)).and("usedAt").isNull().and("expiresAt")
                .gt(clock.instant()));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
