package org.lighthouse.database;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final int[] NONE = {};

    private final String field;
    /** The positions of the documents whose field holds each text, sorted; an array is replaced, never changed. */
    private final Map<String, int[]> byText = new HashMap<>();
    /** Documents whose field holds something else than a text, which a query for a text may still match. */
    private final TreeSet<Integer> otherValues = new TreeSet<>();
    private long count;

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
        List<String> texts = wanted(query);
        if (texts.size() == 1 && otherValues.isEmpty()) {
            return Arrays.stream(byText.getOrDefault(texts.get(0), NONE)).boxed().toList();
        }
        TreeSet<Integer> positions = new TreeSet<>(otherValues);
        for (String text : texts) {
            for (int position : byText.getOrDefault(text, NONE)) {
                positions.add(position);
            }
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
        count += file(document.get(field), position, true) ? 1 : 0;
    }

    /**
     * Nothing: the index does not know where a document is by its id (a map of ids took about 100 bytes a document).
     * {@link EncodedCollection} removes a document from it by its position ({@link #remove(Document, int)}).
     */
    @Override
    public Integer remove(Document document) {
        return null;
    }

    /** Removes the document that is at this position. */
    synchronized void remove(Document document, int position) {
        count -= file(document.get(field), position, false) ? 1 : 0;
    }

    /** Files the position under the field's value, or takes it out; whether that changed anything. */
    private boolean file(@Nullable Object value, int position, boolean in) {
        if (value == null) {
            return false;
        }
        if (!(value instanceof String text)) {
            return in ? otherValues.add(position) : otherValues.remove(position);
        }
        int[] before = byText.getOrDefault(text, NONE);
        int[] after = in ? with(before, position) : without(before, position);
        if (after.length == 0) {
            byText.remove(text);
        } else {
            byText.put(text.intern(), after); // one copy of a chat's id for all indexes (see IdIndex)
        }
        return after != before;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
            MongoCollection<Integer> collection) {
        if (!Objects.equals(oldDocument.get(field), newDocument.get(field))) {
            remove(oldDocument, position);
            add(newDocument, position, collection);
        }
    }

    private static int[] with(int[] positions, int position) {
        int at = Arrays.binarySearch(positions, position);
        if (at >= 0) {
            return positions;
        }
        int insert = -at - 1;
        int[] more = new int[positions.length + 1];
        System.arraycopy(positions, 0, more, 0, insert);
        more[insert] = position;
        System.arraycopy(positions, insert, more, insert + 1, positions.length - insert);
        return more;
    }

    private static int[] without(int[] positions, int position) {
        int at = Arrays.binarySearch(positions, position);
        if (at < 0) {
            return positions;
        }
        int[] fewer = new int[positions.length - 1];
        System.arraycopy(positions, 0, fewer, 0, at);
        System.arraycopy(positions, at + 1, fewer, at, fewer.length - at);
        return fewer;
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
        return count;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        byText.clear();
        otherValues.clear();
        count = 0;
    }
}
