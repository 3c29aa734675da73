package org.lighthouse.privacy;

/**
 * Published once a person's data was erased on their request, after every module erased its part: what keeps older
 * copies of data (the embedded database's journal) must now let them go.
 *
 * @param person the person's chat key
 */
public record PersonErased(String person) {
}
