package org.lighthouse.channel.zalo;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the pictures {@link ZaloPictures} published, for Zalo to fetch. */
@RestController
@ZaloEnabled
class ZaloPicturesController {

    private final ZaloPictures pictures;

    ZaloPicturesController(ZaloPictures pictures) {
        this.pictures = pictures;
    }

    @GetMapping(ZaloPictures.PATH + "{name}")
    ResponseEntity<byte[]> picture(@PathVariable String name) {
        if (!ZaloPictures.wellFormed(name)) {
            return ResponseEntity.notFound().build();
        }
        return pictures.find(name).map(p -> ResponseEntity.ok().contentType(MediaType.parseMediaType(p.mediaType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic()).body(p.content()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
