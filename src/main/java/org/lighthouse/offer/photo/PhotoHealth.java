package org.lighthouse.offer.photo;

import org.lighthouse.shared.HealthStatuses;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * {@code offerPhotos} in {@code /actuator/health}: UP with Tesseract's version and languages while photos of offers
 * are read; DEGRADED, with what is missing, while people who send one are asked to type it instead.
 */
@Component("offerPhotosHealthIndicator")
class PhotoHealth extends AbstractHealthIndicator {

    private final TesseractReader tesseract;
    private final PhotoSettings settings;

    PhotoHealth(TesseractReader tesseract, PhotoSettings settings) {
        this.tesseract = tesseract;
        this.settings = settings;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        tesseract.missing().ifPresentOrElse(
                missing -> builder.status(HealthStatuses.DEGRADED).withDetail("missing", missing.what()),
                () -> builder.status(Status.UP).withDetail("languages", settings.languages()));
        tesseract.version().ifPresent(version -> builder.withDetail("tesseract", version));
    }
}
