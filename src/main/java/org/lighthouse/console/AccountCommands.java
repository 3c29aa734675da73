package org.lighthouse.console;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lighthouse.console.accounts.Account;
import org.lighthouse.console.accounts.AccountRefused;
import org.lighthouse.console.accounts.Accounts;
import org.lighthouse.console.accounts.Accounts.NewAccount;
import org.lighthouse.console.security.Totp;
import org.lighthouse.database.DataDirectoryInUse;
import org.lighthouse.shared.ConfigurationProblem;
import org.lighthouse.shared.FilesSettings;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.LocaleBundles;
import org.lighthouse.shared.Texts;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;

/**
 * {@code create-admin <login>} and {@code create-account <login> --roles RESPONDER[,ADMIN,TEACHER,REVIEWER,CONTENT] [--telegram <id>]
 * [--alias <name>]}: create a console account on the database the bot uses, with a password read from the terminal
 * (asked twice) or, without one, from the first line of standard input; never from an argument, which other users of
 * the machine could read in the process list. Prints the otpauth URI to add to an authenticator app. Exit status 0 when
 * created, 1 with one line {@code lighthouse: ...} when refused, 2 on a usage error.
 */
public final class AccountCommands {

    private static final String USAGE = "usage: create-admin <login> | create-account <login> --roles "
            + "RESPONDER[,ADMIN,TEACHER,REVIEWER,CONTENT] [--telegram <user id>] [--alias <name>]";
    private static final String SPRING_LOGGER = "org.springframework";

    private AccountCommands() {
    }

    /** Where the command talks: the terminal when there is one, standard input and output. */
    record Terminal(@Nullable Console console, InputStream in, PrintStream out, PrintStream err) {

        static Terminal system() {
            return new Terminal(System.console(), System.in, System.out, System.err);
        }
    }

    /** An administrator (ADMIN alone: responders' pages need RESPONDER too, given with create-account). */
    public static int createAdmin(String[] args) {
        return run(false, args, Terminal.system());
    }

    public static int createAccount(String[] args) {
        return run(true, args, Terminal.system());
    }

    /**
     * Runs a command; {@code settings} are Spring arguments for its context, such as
     * {@code --lighthouse.database.data-dir=...}.
     */
    static int run(boolean withRoles, String[] args, Terminal io, String... settings) {
        Texts texts = new LocaleBundles(new FilesSettings(Path.of(".")));
        NewAccount request;
        try {
            request = parse(withRoles, args);
        } catch (IllegalArgumentException usage) {
            io.err().println("lighthouse: " + usage.getMessage());
            io.err().println("lighthouse: " + USAGE);
            return 2;
        } catch (AccountRefused refused) {
            io.err().println("lighthouse: " + refused.text(texts, Language.EN));
            return 1;
        }
        LoggingSystem logging = LoggingSystem.get(AccountCommands.class.getClassLoader());
        LoggerConfiguration before = logging.getLoggerConfiguration(SPRING_LOGGER);
        // a context that cannot start says why in one line below, not in Boot's report
        logging.setLogLevel(SPRING_LOGGER, LogLevel.OFF);
        try (ConfigurableApplicationContext context = start(settings)) {
            return create(request, context.getBean(Accounts.class), texts, io);
        } catch (RuntimeException e) {
            io.err().println("lighthouse: " + whyNotStarted(e));
            return 1;
        } finally {
            logging.setLogLevel(SPRING_LOGGER, before == null ? null : before.getConfiguredLevel());
        }
    }

    private static int create(NewAccount request, Accounts accounts, Texts texts, Terminal io) {
        try {
            String secret = Totp.newSecret();
            String password = password(io, request.login());
            Account account = accounts.create(request, password, secret, "(command line)");
            io.out().println("Created the account '" + account.login() + "' (" + String.join(", ",
                    account.roles().stream().map(Role::name).toList()) + "), alias '" + account.alias() + "'.");
            io.out().println("Add it to an authenticator app: scan this URI as a QR code, or type the secret.");
            io.out().println(Totp.uri(account.login(), secret));
            io.out().println("Secret: " + Totp.grouped(secret));
            return 0;
        } catch (AccountRefused refused) {
            io.err().println("lighthouse: " + refused.text(texts, Language.EN));
            return 1;
        }
    }

    static NewAccount parse(boolean withRoles, String[] args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
            if (name.equals("password")) {
                throw new IllegalArgumentException("the password is never an argument (others could read it): it is"
                        + " asked on the terminal, or read from the first line of standard input");
            }
            if (!withRoles || !Set.of("roles", "telegram", "alias").contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (arg.contains("=")) {
                options.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        if (positional.size() != 1) {
            throw new IllegalArgumentException(positional.isEmpty() ? "no login given" : "one login only, not "
                    + String.join(" ", positional));
        }
        if (withRoles && !options.containsKey("roles")) {
            throw new IllegalArgumentException("--roles is missing");
        }
        Set<Role> roles = withRoles ? roles(options.get("roles")) : EnumSet.of(Role.ADMIN);
        return new NewAccount(positional.get(0), roles, options.get("alias"),
                Accounts.telegram(options.get("telegram")));
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : list.split(",")) {
            String role = name.strip().toUpperCase(Locale.ROOT);
            roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst()
                    .orElseThrow(() -> new AccountRefused("console.account.unknownRole", Map.of("role", name.strip(),
                            "roles", String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList())))));
        }
        return roles;
    }

    private static String password(Terminal io, String login) {
        Console console = io.console();
        if (console != null) {
            char[] first = console.readPassword("Password for %s (at least 10 characters): ", login);
            char[] again = console.readPassword("The same password again: ");
            if (first != null && again != null && !Arrays.equals(first, again)) {
                throw new AccountRefused("console.password.differ");
            }
            return first == null ? "" : new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext start(String... settings) {
        SpringApplication app = new SpringApplicationBuilder(AccountToolContext.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false).registerShutdownHook(false).build();
        // standard output carries the command's answer; logging stays as the command line set it (warnings to stderr)
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener))
                .toList());
        return app.run(settings);
    }

    private static String whyNotStarted(RuntimeException e) {
        Optional<ConfigurationProblem> problem = ConfigurationProblem.in(e);
        if (problem.isPresent() && problem.get() instanceof DataDirectoryInUse inUse) {
            return "the data directory " + inUse.dir().toAbsolutePath() + " is in use by a running Lighthouse: stop"
                    + " Lighthouse first, or invite the account from the console (/console/admin/accounts)";
        }
        if (problem.isPresent()) {
            return problem.get().getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException) {
                return "cannot use the database: " + t.getMessage();
            }
        }
        return e.toString();
    }
}
