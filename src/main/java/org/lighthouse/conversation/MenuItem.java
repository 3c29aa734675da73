package org.lighthouse.conversation;

/** The main menu, in the order shown. Each item's label is the text {@code menu.<id>}. */
public enum MenuItem {
    LEARN("learn"),
    CHECK_OFFER("offer"),
    TALK("talk"),
    PROGRESS("progress"),
    LANGUAGE("language");

    private final String id;

    MenuItem(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
