package org.lighthouse;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.lighthouse.content.ContentCheck;
import org.lighthouse.safety.TriageCommand;

/**
 * The tools that run from the command line ({@code java -jar lighthouse.jar <tool>}), without the database, the
 * network or a bot token. Each takes the remaining arguments and returns the exit status.
 */
final class CommandLineTools {

    private static final Map<String, ToIntFunction<String[]>> TOOLS = new TreeMap<>(Map.of(
            "content-check", ContentCheck::run,
            "triage", TriageCommand::run));

    private CommandLineTools() {
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
        return tool.applyAsInt(Arrays.copyOfRange(args, 1, args.length));
    }
}
