package org.lighthouse.privacy;

import java.util.List;
import org.lighthouse.shared.Language;

/** What a module keeps about a person, shown to them on request and deleted on request. */
public interface PersonalData {

    /**
     * Lines that say, in the person's language, what this module keeps about them; empty when it keeps nothing.
     *
     * @param person the person's chat key ({@code tg:123}, {@code web:...})
     */
    List<String> describe(String person, Language language);

    /** Deletes what this module keeps about the person (or, where a record must stay, removes the link to them). */
    void erase(String person);
}
