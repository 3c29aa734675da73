package org.lighthouse.channel.photos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lighthouse.channel.ChatRef;
import org.lighthouse.channel.Inbound;
import org.lighthouse.channel.PhotoFetch;

/** A photo's address comes in an event: only HTTPS, or HTTP on loopback (a stand-in), is ever fetched. */
class AddressedPhotosUnitTest {

    private final AddressedPhotos photos = new AddressedPhotos(ChatRef.Channel.ZALO);

    /** Plain HTTP elsewhere, another scheme, or no address: refused without a call. */
    @Test
    void fetchesNothingButHttpsOrLoopback() {
        for (String address : new String[] {"http://10.0.0.7/admin", "http://photo.example/1.jpg", "file:///etc/passwd",
            "ftp://photo.example/1.jpg", null}) {
            assertThat(photos.fetch(photo(address), 1000, Duration.ofSeconds(1))).as(String.valueOf(address))
                    .isEqualTo(new PhotoFetch.Failed("no HTTPS address for the photo"));
        }
    }

    /** It covers its own channel only. */
    @Test
    void coversItsChannel() {
        assertThat(photos.covers(ChatRef.zalo("c1"))).isTrue();
        assertThat(photos.covers(ChatRef.messenger("p1"))).isFalse();
    }

    private static Inbound photo(@Nullable String address) {
        return new Inbound(ChatRef.zalo("c1"), "zl:m1", 1, "c1", false, Inbound.Kind.MEDIA, null, null, "m1", false,
                null, Inbound.Attachment.PHOTO, null, address);
    }
}
