package org.lighthouse.console.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.ConsoleUser;
import org.lighthouse.console.Role;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.console.audit.AuditLog;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The admins' accounts page: the list, invitations, and each account's roles, alias, Telegram link, lock and
 * disabling. An admin cannot take their own ADMIN role or disable themselves, so the console never loses its last
 * admin by a slip.
 */
@Controller
class AccountsController {

    private static final String LIST = "redirect:/console/admin/accounts";

    private final AccountStore store;
    private final Invitations invitations;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ConsoleSettings settings;
    private final Clock clock;

    AccountsController(AccountStore store, Invitations invitations, Accounts accounts, AuditLog audit,
            ConsoleSettings settings, Clock clock) {
        this.store = store;
        this.invitations = invitations;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/console/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", store.all());
        model.addAttribute("now", clock.instant());
        model.addAttribute("roles", Role.values());
        model.addAttribute("invitationHours", settings.invitationValidFor().toHours());
        return "console/admin/accounts";
    }

    /** Offers an account; the link is shown once, on the next page, and stored nowhere. */
    @PostMapping("/console/admin/accounts/invitations")
    String invite(@AuthenticationPrincipal ConsoleUser me, @RequestParam String login,
            @RequestParam(required = false) @Nullable List<Role> roles, @RequestParam(defaultValue = "") String alias,
            @RequestParam(defaultValue = "") String telegram, Model model, HttpServletRequest request,
            RedirectAttributes next) {
        try {
            Invitations.Issued issued = invitations.issue(new NewAccount(login, roles(roles), alias,
                    Accounts.telegram(telegram)), me.login());
            next.addFlashAttribute("invitationLink", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/console/invite/" + issued.token()).build().toUriString());
            next.addFlashAttribute("invitation", issued.invitation());
            return LIST;
        } catch (AccountRefused refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("typed", Map.of("login", login, "alias", alias, "telegram", telegram));
            model.addAttribute("typedRoles", roles(roles));
            return list(model);
        }
    }

    @GetMapping("/console/admin/accounts/{login}")
    String account(@PathVariable String login, Model model) {
        return store.find(login).map(account -> {
            model.addAttribute("account", account);
            model.addAttribute("roles", Role.values());
            model.addAttribute("now", clock.instant());
            return "console/admin/account";
        }).orElse(LIST);
    }

    /** Roles, alias and Telegram link, based on the version the admin saw. */
    @PostMapping("/console/admin/accounts/{login}")
    String edit(@AuthenticationPrincipal ConsoleUser me, @PathVariable String login, @RequestParam long version,
            @RequestParam(required = false) @Nullable List<Role> roles, @RequestParam(defaultValue = "") String alias,
            @RequestParam(defaultValue = "") String telegram, Model model, RedirectAttributes next) {
        try {
            Set<Role> given = roles(roles);
            if (given.isEmpty()) {
                throw new AccountRefused("console.account.noRole");
            }
            if (login.equals(me.login()) && !given.contains(Role.ADMIN)) {
                throw new AccountRefused("console.accounts.notYourOwnAdmin");
            }
            String newAlias = Accounts.alias(alias, login);
            Long newTelegram = Accounts.telegram(telegram);
            accounts.checkTelegramFree(newTelegram, login);
            if (store.edit(login, version, given, newAlias, newTelegram).isEmpty()) {
                throw new AccountRefused("console.accounts.changedMeanwhile");
            }
            audit.record(me.login(), null, "account.changed", Accounts.describe(given, newAlias, newTelegram)
                    + " login=" + login);
            next.addFlashAttribute("saved", login);
            return LIST;
        } catch (AccountRefused refused) {
            model.addAttribute("refusal", refused);
            return account(login, model);
        }
    }

    @PostMapping("/console/admin/accounts/{login}/unlock")
    String unlock(@AuthenticationPrincipal ConsoleUser me, @PathVariable String login, RedirectAttributes next) {
        if (store.unlock(login)) {
            audit.record(me.login(), null, "account.unlocked", "login=" + login);
            next.addFlashAttribute("saved", login);
        }
        return LIST;
    }

    @PostMapping("/console/admin/accounts/{login}/disabled")
    String disable(@AuthenticationPrincipal ConsoleUser me, @PathVariable String login,
            @RequestParam boolean disabled, RedirectAttributes next) {
        if (login.equals(me.login())) {
            next.addFlashAttribute("refusal", new AccountRefused("console.accounts.notYourself"));
        } else if (store.setDisabled(login, disabled)) {
            audit.record(me.login(), null, disabled ? "account.disabled" : "account.enabled", "login=" + login);
            next.addFlashAttribute("saved", login);
        }
        return LIST;
    }

    private static Set<Role> roles(@Nullable List<Role> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }
}
