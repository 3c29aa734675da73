package org.lighthouse.classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lighthouse.channel.BotLinks;
import org.lighthouse.channel.Reply;
import org.lighthouse.shared.QrCodes;
import org.lighthouse.shared.TextFolding;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A class's join link as a message the teacher can forward to students, and its QR code to print. Without Telegram
 * (or before Telegram named the bot) there is no link: students then send the bot the code themselves.
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

    List<Reply> of(Classroom classroom, Words words) {
        Optional<String> link = link(classroom.joinPayload());
        if (link.isEmpty()) {
            return List.of(Reply.text(words.get("classroom.link.noLink", Map.of("class", classroom.name(), "start",
                    "/start " + classroom.joinPayload()))));
        }
        String fileName = words.get("classroom.file.qr", Map.of("class", slug(classroom.name())));
        Reply.Document qr = Reply.Document.file(fileName, "image/png", QrCodes.png(link.get(), QR_SIZE));
        return List.of(Reply.text(words.get("classroom.link.share", Map.of("class", classroom.name(), "link",
                link.get()))), Reply.withDocument(words.get("classroom.link.qr", Map.of("class", classroom.name())),
                        List.of(), qr));
    }

    /** A class name fit for a file name: {@code 9a-meo-vac}. */
    static String slug(String name) {
        String slug = TextFolding.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "class" : slug.substring(0, Math.min(slug.length(), 40));
    }
}
