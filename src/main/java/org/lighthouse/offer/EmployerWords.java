package org.lighthouse.offer;

import java.util.List;
import java.util.Set;

/**
 * The words around an employer's name: business nouns ({@code công ty}, {@code homestay}); titles before a person's
 * name ({@code chú}, {@code Mr}); localities that make a titled person findable ("chú Páo ở thôn Lũng Cú"); small
 * words that break the link between a noun and a name ({@code ở}, {@code in}); and place names, which are capitalised
 * but name no one ("a Sa Pa hotel"). All folded; a business noun may have several words.
 */
record EmployerWords(List<List<String>> businesses, Set<String> titles, Set<String> localities, Set<String> stopWords,
        Set<String> places) {
}
