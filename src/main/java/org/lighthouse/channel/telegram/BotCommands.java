package org.lighthouse.channel.telegram;

import java.util.List;
import org.lighthouse.shared.Language;
import org.lighthouse.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sets the command list Telegram shows in the menu, per language: Vietnamese for everyone, English for people whose
 * app is in English. (Telegram knows no H'mong interface, so H'mong readers see the Vietnamese list.)
 */
class BotCommands {

    private static final Logger log = LoggerFactory.getLogger(BotCommands.class);
    static final List<String> COMMANDS = List.of("start", "menu", "classes", "help", "language", "mydata");

    private final TelegramClient client;
    private final Texts texts;

    BotCommands(TelegramClient client, Texts texts) {
        this.client = client;
        this.texts = texts;
    }

    void publish() {
        publish(Language.VI, null);
        publish(Language.EN, Language.EN.code());
    }

    private void publish(Language language, String languageCode) {
        List<BotCommand> list = COMMANDS.stream()
                .map(c -> new BotCommand(c, texts.get(language, "commands." + c))).toList();
        try {
            client.executeAsync(new SetMyCommands(list, new BotCommandScopeDefault(), languageCode))
                    .exceptionally(error -> {
                        log.warn("Telegram: could not set the {} command list: {}", language.code(), error.toString());
                        return false;
                    });
        } catch (TelegramApiException e) {
            log.warn("Telegram: could not set the {} command list: {}", language.code(), e.toString());
        }
    }
}
