package org.lighthouse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.lighthouse.console.AccountCommands;
import org.lighthouse.content.ContentCheck;
import org.lighthouse.database.DatabaseCommand;
import org.lighthouse.impact.CheckinQuestions;
import org.lighthouse.offer.OfferCheckCommand;
import org.lighthouse.safety.TriageCommand;
import org.slf4j.LoggerFactory;

/**
 * The tools that run from the command line ({@code java -jar lighthouse.jar <tool>}). Each takes the remaining
 * arguments and returns the exit status. Most need no database, network or bot token; the account commands use the
 * bot's database (and refuse, in one line, while a running bot holds the embedded one); {@code database} serves the
 * embedded one to other processes.
 */
final class CommandLineTools {

    private static final Map<String, ToIntFunction<String[]>> TOOLS = new TreeMap<>(Map.of(
            "check-offer", OfferCheckCommand::run,
            "content-check", CommandLineTools::contentCheck,
            "create-account", AccountCommands::createAccount,
            "create-admin", AccountCommands::createAdmin,
            "database", DatabaseCommand::run,
            "triage", TriageCommand::run));

    private CommandLineTools() {
    }

    /** The lessons and the check-in's questions; the check-in first, as the lessons' JSON must be the last line. */
    private static int contentCheck(String[] args) {
        int checkin = CheckinQuestions.check(Path.of("."), System.out);
        return Math.max(checkin, ContentCheck.run(args));
    }

    /** Whether the first argument names a tool rather than a setting such as {@code --server.port=9090}. */
    static boolean handles(String firstArgument) {
        return !firstArgument.startsWith("-");
    }

    static int run(String[] args) {
        ToIntFunction<String[]> tool = TOOLS.get(args[0]);
        if (tool == null) {
            System.err.println("lighthouse: unknown command '" + args[0] + "'. Commands: "
                    + String.join(", ", TOOLS.keySet()) + " (or none, to run the bot)");
            return 2;
        }
        quietLogging();
        return tool.applyAsInt(Arrays.copyOfRange(args, 1, args.length));
    }

    /**
     * Standard output carries the tools' answers only. Without Spring, Logback would log everything there (OpenNLP
     * logs each training step), so warnings and errors go to standard error instead, and nothing else.
     */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.reset();
            ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
            console.setContext(context);
            console.setTarget("System.err");
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%level %logger{20}: %msg%n");
            encoder.start();
            console.setEncoder(encoder);
            console.start();
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            root.setLevel(Level.WARN);
            root.addAppender(console);
        }
    }
}
