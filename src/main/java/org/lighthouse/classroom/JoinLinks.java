package org.lighthouse.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.BotLinks;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Reply;
import org.lighthouse.shared.QrCodes;
import org.lighthouse.shared.TextFolding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A class's join link as a message the teacher can forward to students, and its QR code to print. Without Telegram
 * (or before Telegram named the bot) there is no link: students then send the bot the code themselves. A teacher on
 * Zalo, whose students chat on Zalo, where links to the bot do not exist, gets the message with the code to type
 * ({@code /join K7QX-3M9P-TA}).
 */
@Component
class JoinLinks {

    /** Big enough to print on a sheet and scan from the back of a classroom. */
    private static final int QR_SIZE = 800;

    private final ObjectProvider<BotLinks> links;

    JoinLinks(ObjectProvider<BotLinks> links) {
        this.links = links;
    }

    Optional<String> link(String payload) {
        BotLinks botLinks = links.getIfAvailable();
        return botLinks == null ? Optional.empty() : botLinks.startLink(payload);
    }

    /** What the teacher in {@code chat} forwards to students. */
    List<Reply> of(ChatRef chat, Classroom classroom, Words words) {
        if (!sharesLinks(chat)) {
            return List.of(Reply.text(words.get("classroom.link.typeCode", Map.of("class", classroom.name(),
                    "app", chat.channel().app(), "command", JoinByCode.COMMAND + " "
                            + Codes.grouped(classroom.code())))));
        }
        Optional<String> link = link(classroom.joinPayload());
        if (link.isEmpty()) {
            return List.of(Reply.text(words.get("classroom.link.noLink", Map.of("class", classroom.name(), "start",
                    "/start " + classroom.joinPayload()))));
        }
        String fileName = words.get("classroom.file.qr", Map.of("class", slug(classroom.name())));
        Reply.Document qr = Reply.Document.file(fileName, "image/png", qr(link.get()));
        return List.of(Reply.text(words.get("classroom.link.share", Map.of("class", classroom.name(), "link",
                link.get()))), Reply.withDocument(words.get("classroom.link.qr", Map.of("class", classroom.name())),
                        List.of(), qr));
    }

    /** The link's QR code, big enough to print on a sheet. */
    static byte[] qr(String link) {
        return QrCodes.png(link, QR_SIZE);
    }

    /**
     * Whether a teacher in the chat shares Telegram's links: from Telegram or the web chat; not from Zalo or Messenger,
     * whose students would have to leave their app for Telegram: they type the class's code to the bot there.
     */
    static boolean sharesLinks(ChatRef chat) {
        return chat.channel() == ChatRef.Channel.TELEGRAM || chat.channel() == ChatRef.Channel.WEB;
    }

    /** A class name fit for a file name: {@code 9a-meo-vac}. */
    static String slug(String name) {
        String slug = TextFolding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "class" : slug.substring(0, Math.min(slug.length(), 40));
    }
}
