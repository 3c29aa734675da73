package org.lighthouse;

import org.lighthouse.shared.ConfigurationProblem;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Lighthouse: lessons, offer checks and a way to a person, on Telegram and in a browser.
 *
 * <p>With no argument it runs the bot. The command-line tools (see {@link CommandLineTools}) run without the bot.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class LighthouseApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLineTools.handles(args[0])) {
            System.exit(CommandLineTools.run(args));
        }
        try {
            SpringApplication.run(LighthouseApplication.class, args);
        } catch (RuntimeException e) {
            ConfigurationProblem.in(e).ifPresent(problem -> {
                System.err.println("lighthouse: cannot start: " + problem.getMessage());
                System.exit(2);
            });
            throw e;
        }
    }
}
