package io.zhengku.vault.api;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code manifest} part of a bulk issuance: which file part holds which licence, with that licence's
 * metadata exactly as single issuance takes it.
 *
 * <pre>{@code
 * {"items":[{"part":"licence-1","metadata":{"typeCode":"11100000000013338W011","number":"SH-1",...}},
 *           {"part":"licence-2","metadata":{...}}]}
 * }</pre>
 *
 * @param entries the items in order: part name and metadata JSON
 */
record BulkManifest(List<Entry> entries) {

    /** The name of the manifest's own part. */
    static final String PART = "manifest";

    private static final Pattern PART_NAME = Pattern.compile("[0-9A-Za-z._-]{1,100}");

    /** One item: the name of its file part and its metadata, as JSON text. */
    record Entry(String part, String metadataJson) {
    }

    BulkManifest {
        entries = List.copyOf(entries);
    }

    /**
     * Reads a manifest strictly.
     *
     * @throws ProblemException 422 {@code bulk-manifest-invalid} naming what is wrong, 413
     *                          {@code bulk-too-many-items} past {@code maxItems}
     */
    static BulkManifest parse(String json, int maxItems) {
        try {
            Map<?, ?> manifest = root(json);
            List<JsonObjectReader> items = JsonObjectReader.of(manifest, PART).allowOnly(Set.of("items"))
                    .objects("items", "manifest item");
            if (items.isEmpty()) {
                throw invalid("the manifest lists no items; name at least one file part with its metadata");
            }
            if (items.size() > maxItems) {
                throw tooMany(items.size(), maxItems);
            }
            List<?> raw = (List<?>) manifest.get("items");
            List<Entry> entries = new ArrayList<>(items.size());
            Set<String> parts = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonObjectReader item = items.get(i).allowOnly(Set.of("part", "metadata"));
                String part = partName(item);
                item.object("metadata");
                if (!parts.add(part)) {
                    throw invalid(item.what() + " names part " + part + ", which an earlier item names; give each"
                            + " licence a file part of its own");
                }
                // Encoded again as the text single issuance reads, so that both read it with the same strict reader.
                entries.add(new Entry(part, CanonicalJson.encodeToString(((Map<?, ?>) raw.get(i)).get("metadata"))));
            }
            return new BulkManifest(entries);
        } catch (InvalidFieldException e) {
            throw invalid(e.getMessage());
        }
    }

    private static Map<?, ?> root(String json) {
        if (json == null) {
            throw invalid("the request has no part named " + PART + "; send the manifest as a JSON part of that name");
        }
        try {
            Object root = CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8));
            if (root instanceof Map<?, ?> map) {
                return map;
            }
            throw invalid("the manifest must be a JSON object with an array \"items\"");
        } catch (CanonicalJsonException e) {
            throw invalid("the manifest is not acceptable JSON: " + e.getMessage());
        }
    }

    private static String partName(JsonObjectReader item) {
        String part = item.string("part");
        if (!PART_NAME.matcher(part).matches() || part.equals(PART)) {
            throw invalid(item.what() + " names part \"" + (part.length() > 100 ? part.substring(0, 100) : part)
                    + "\"; a part name is 1 to 100 of A-Z a-z 0-9 . _ - and not \"" + PART + "\"");
        }
        return part;
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "bulk-manifest-invalid", detail
                + " (see POST /api/v1/licences/bulk in the vault's README)", PART, null);
    }

    static ProblemException partMissing(String part, int index) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "bulk-part-missing", "manifest item " + index
                + " names part " + part + ", which the request does not hold; send each licence's file as a part of"
                + " the name its item gives", part, null);
    }

    static ProblemException partUnexpected(String part) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "bulk-part-unexpected", "the request holds a"
                + " part " + part + " that no manifest item names; name it in the manifest with its metadata, or"
                + " leave it out", part, null);
    }

    static ProblemException tooMany(int count, int maxItems) {
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "bulk-too-many-items", "the request holds "
                + count + " licences; a bulk request takes at most " + maxItems + ", so send them in several");
    }
}
