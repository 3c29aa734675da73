package org.lighthouse.offer;

import java.util.List;
import java.util.Set;

/**
 * The words around an employer's name: business nouns ({@code công ty}, {@code homestay}), titles before a person's name
 * ({@code chú}, {@code Mr}), and small words that break the link between a noun and a name ({@code ở}, {@code in}).
 * All folded; a business noun may have several words.
 */
record EmployerWords(List<List<String>> businesses, Set<String> titles, Set<String> stopWords) {
}
