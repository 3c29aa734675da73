package org.lighthouse.channel.zalo;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.lighthouse.testing.ProjectCopy;

/** The project's content with a picture on the first card of the first lesson, for the Zalo journeys. */
final class ZaloPictureContent {

    private ZaloPictureContent() {
    }

    static Path into(Path root) throws IOException {
        ProjectCopy.into(root);
        Files.createDirectories(root.resolve("content/images"));
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png",
                root.resolve("content/images/licence.png").toFile());
        Path lesson = root.resolve("content/lessons/sm/sm-1.yml");
        Files.writeString(lesson, Files.readString(lesson).replaceFirst("(?m)^cards:\n  - text:",
                "cards:\n  - image: images/licence.png\n    text:"));
        return root;
    }
}
