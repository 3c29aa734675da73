package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A non-unique index for mongo-java-server's memory backend, which has none of its own (it keeps such an index empty
 * and scans the whole collection): every message looked up its chat's open case among all cases ever opened, and the
 * outbox's pending messages among a day of sent ones.
 *
 * <p>It answers one kind of query, the common one: its first field equal to a text ({@code {chat: "tg:42", status:
 * {$ne: "CLOSED"}}}) or to one of a list of texts ({@code {status: {$in: ["NEW", "CLAIMED"]}}}), also within a
 * top-level {@code $and}. It gives the positions of the documents whose field is one of those texts, and of those whose
 * field holds something else than a text (an array may hold it); the server then matches the whole query against each
 * of those documents, so the index only ever narrows the search, never decides it. Positions come in the collection's
 * order, as a scan gives them. Like the empty index it replaces, it is sparse: removing a document it never saw is no
 * error.
 * One difference remains, as the server does not tell an index how a query is sorted: a query sorted by
 * {@code {$natural: -1}} gets its answers in the collection's order; Lighthouse never sorts so.
 */
final class SecondaryIndex extends Index<Integer> {

    private static final String ID = "_id";
    private static final TreeSet<Integer> NONE = new TreeSet<>();

    private final String field;
    private final Map<String, TreeSet<Integer>> byText = new HashMap<>();
    /** Documents whose field holds something else than a text, which a query for a text may still match. */
    private final TreeSet<Integer> otherValues = new TreeSet<>();
    /** Where each document is and what it was filed under (null: under {@link #otherValues}; absent: not at all). */
    private final Map<Object, Entry> entries = new HashMap<>();

    private record Entry(int position, String text) {
    }

    private SecondaryIndex(String name, List<IndexKey> keys) {
        super(name, keys, true);
        this.field = keys.get(0).getKey();
    }

    /** An index for these keys, if this class can serve them: not when the first key is a path into a document. */
    static Optional<Index<Integer>> forKeys(String name, List<IndexKey> keys) {
        return keys.get(0).getKey().contains(".") ? Optional.empty() : Optional.of(new SecondaryIndex(name, keys));
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return wanted(query) != null;
    }

    @Override
    public synchronized Iterable<Integer> getPositions(Document query) {
        TreeSet<Integer> positions = new TreeSet<>(otherValues);
        for (String text : wanted(query)) {
            positions.addAll(byText.getOrDefault(text, NONE));
        }
        return new ArrayList<>(positions);
    }

    /**
     * The texts of which the query wants the field to equal one ({@code "tg:1"} or {@code {$in: ["NEW", "CLAIMED"]}}),
     * or null when it asks something else of it (or nothing).
     */
    private @Nullable List<String> wanted(Document query) {
        List<String> texts = texts(query.get(field));
        if (texts != null) {
            return texts;
        }
        if (query.get("$and") instanceof List<?> conditions) {
            for (Object condition : conditions) {
                List<String> part = condition instanceof Document document ? wanted(document) : null;
                if (part != null) {
                    return part;
                }
            }
        }
        return null;
    }

    /** A text, or {@code {$in: [...]}} of texts alone (null would also match documents without the field). */
    private static @Nullable List<String> texts(@Nullable Object condition) {
        if (condition instanceof String text) {
            return List.of(text);
        }
        if (condition instanceof Document operators && operators.size() == 1
                && operators.get("$in") instanceof Collection<?> values
                && values.stream().allMatch(String.class::isInstance)) {
            return values.stream().map(String.class::cast).toList();
        }
        return null;
    }

    @Override
    public synchronized void add(Document document, Integer position, MongoCollection<Integer> collection) {
        Object id = document.get(ID); // null too: one document of a collection may have a null id
        Object value = document.get(field);
        if (value == null) {
            return;
        }
        if (value instanceof String text) {
            byText.computeIfAbsent(text, t -> new TreeSet<>()).add(position);
            entries.put(id, new Entry(position, text));
        } else {
            otherValues.add(position);
            entries.put(id, new Entry(position, null));
        }
    }

    @Override
    public synchronized Integer remove(Document document) {
        Entry entry = entries.remove(document.get(ID));
        if (entry == null) {
            return null;
        }
        String text = entry.text();
        if (text != null) {
            TreeSet<Integer> positions = byText.get(text);
            positions.remove(entry.position());
            if (positions.isEmpty()) {
                byText.remove(text);
            }
        } else {
            otherValues.remove(entry.position());
        }
        return entry.position();
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
            MongoCollection<Integer> collection) {
        if (!Objects.equals(oldDocument.get(field), newDocument.get(field))) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    /** Left to the id index, which knows every document's position. */
    @Override
    public Integer getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Integer> collection) {
        // any value may repeat
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Integer> collection) {
        // any value may repeat
    }

    @Override
    public synchronized long getCount() {
        return entries.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        byText.clear();
        otherValues.clear();
        entries.clear();
    }
}
