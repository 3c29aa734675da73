package org.lighthouse.channel.photos;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import okhttp3.HttpUrl;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.PhotoFetch;
import org.lighthouse.channel.PhotoFetcher;

/**
 * The photos of a channel whose events carry the photo's own address (Zalo's {@code photo}, Messenger's attachment
 * {@code url}), fetched from there. Only an HTTPS address is fetched, or plain HTTP on loopback (a local stand-in of
 * the platform): the address came in an event, and must not make the bot call into its own network.
 */
public final class AddressedPhotos implements PhotoFetcher {

    private final ChatRef.Channel channel;

    public AddressedPhotos(ChatRef.Channel channel) {
        this.channel = channel;
    }

    @Override
    public boolean covers(ChatRef chat) {
        return chat.channel() == channel;
    }

    @Override
    public PhotoFetch fetch(Inbound photo, long maxBytes, Duration timeout) {
        HttpUrl address = photo.media() == null ? null : HttpUrl.parse(photo.media());
        if (address == null || !address.isHttps() && !onLoopback(address)) {
            return new PhotoFetch.Failed("no HTTPS address for the photo");
        }
        return PhotoDownload.fetch(address, maxBytes, timeout);
    }

    private static boolean onLoopback(HttpUrl address) {
        try {
            return InetAddress.getByName(address.host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
