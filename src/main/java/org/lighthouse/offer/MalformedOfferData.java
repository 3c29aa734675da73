package org.lighthouse.offer;

import org.jspecify.annotations.Nullable;
import org.lighthouse.shared.ConfigurationProblem;

/** A data file of the offer check that cannot be used. The message names the file, and the field when there is one. */
class MalformedOfferData extends ConfigurationProblem {

    private MalformedOfferData(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    static MalformedOfferData inField(String file, String field, String problem) {
        return new MalformedOfferData("offer data " + file + ": field '" + field + "' " + problem, null);
    }

    static MalformedOfferData inFile(String file, String problem, @Nullable Throwable cause) {
        return new MalformedOfferData("offer data " + file + ": " + problem, cause);
    }
}
