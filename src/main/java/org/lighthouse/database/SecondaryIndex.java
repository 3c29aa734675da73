package org.lighthouse.database;

import com.carrotsearch.hppc.ObjectObjectHashMap;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
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

    private static final int[] NONE = {0};

    private final String field;
    /**
     * The positions of the documents whose field holds each text, as {@code [count, sorted positions..., room]}: a
     * position is filed in place. Arrays replaced at every change cost a copy of the whole list each time, and the
     * outbox's list of sent messages is long (at 20,000 messages, about a tenth of what the store allocated). An open
     * hash map, without an entry object per text: a chat's id is a text of several indexes (2.6 MB at 100,000 users).
     */
    private final ObjectObjectHashMap<String, int[]> byText = new ObjectObjectHashMap<>();
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
            return positionsOf(texts.get(0)).boxed().toList();
        }
        TreeSet<Integer> positions = new TreeSet<>(otherValues);
        for (String text : texts) {
            positionsOf(text).forEach(positions::add);
        }
        return new ArrayList<>(positions);
    }
    private IntStream positionsOf(String text) {
        int[] list = byText.getOrDefault(text, NONE);
        return Arrays.stream(list, 1, 1 + list[0]);
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
        int[] list = byText.getOrDefault(text, NONE);
        int at = Arrays.binarySearch(list, 1, 1 + list[0], position);
        if (in == at >= 0) {
            return false;
        }
        if (in) {
            byText.put(text.intern(), with(list, -at - 1, position)); // one copy of a chat's id for all indexes
        } else if (list[0] == 1) {
            byText.remove(text);
        } else {
            System.arraycopy(list, at + 1, list, at, list[0] - (at - 1) - 1);
            list[0]--;
        }
        return true;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Integer position,
            MongoCollection<Integer> collection) {
        if (!Objects.equals(oldDocument.get(field), newDocument.get(field))) {
            remove(oldDocument, position);
            add(newDocument, position, collection);
        }
    }

    /** The list with the position inserted at index {@code at}: in place when there is room, else in a larger copy. */
    private static int[] with(int[] list, int at, int position) {
        int count = list[0];
        int[] into = list;
        if (count + 1 == list.length) {
            // small lists (a chat's few documents) grow by one, as most stay small; long ones by half
            into = Arrays.copyOf(list, list.length + Math.max(1, count < 8 ? 1 : count / 2));
        }
        System.arraycopy(list, at, into, at + 1, 1 + count - at);
        into[at] = position;
        into[0] = count + 1;
        return into;
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
