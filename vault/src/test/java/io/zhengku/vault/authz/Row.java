package io.zhengku.vault.authz;

import io.zhengku.vault.testing.VaultClient;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One row of the authorisation matrix: a request to one endpoint, made by each {@link Party}, and what each
 * must be answered. A bad token is answered as no token is: it gets what {@link Party#ANONYMOUS} gets.
 *
 * @param operation as the OpenAPI document names it, {@code "GET /api/v1/licences/{id}"}
 * @param variant   what this row's request is, when the operation has several rows
 * @param undo      made after an allowed call with the same token, so that every cell meets the fixtures as
 *                  they were made (e.g. a suspended licence is reinstated); null when nothing needs undoing
 * @param listing   for a listing: which field of its items names the matrix's own item, and that item
 */
record Row(String operation, String variant, Request request, Map<Party, Outcome> outcomes, Request undo,
           Listing listing) {

    /** How a row's request is made with a party's token (null: none) against the matrix's fixtures. */
    @FunctionalInterface
    interface Request {
        Answer send(VaultClient vault, String token, MatrixFixtures fixtures);
    }

    /** The field of a listing's items naming the matrix's own item, and that item. */
    record Listing(String field, Function<MatrixFixtures, String> item) {
    }

    Row {
        if (outcomes.size() != Party.values().length) {
            throw new IllegalArgumentException(operation + " does not say what every party is answered");
        }
    }

    String method() {
        return operation.substring(0, operation.indexOf(' '));
    }

    /** Whether a refusal of this row's request must be shown to have changed nothing. */
    boolean mutating() {
        return !method().equals("GET");
    }

    static Builder row(String operation, Request request) {
        return new Builder(operation, request);
    }

    @Override
    public String toString() {
        return operation + (variant == null ? "" : " (" + variant + ")");
    }

    /** Fills a row party group by party group, as the matrix's table reads. */
    static final class Builder {
        private final String operation;
        private final Request request;
        private final Map<Party, Outcome> outcomes = new EnumMap<>(Party.class);
        private String variant;
        private Request undo;
        private Listing listing;

        private Builder(String operation, Request request) {
            this.operation = Objects.requireNonNull(operation, "operation");
            this.request = Objects.requireNonNull(request, "request");
        }

        Builder variant(String what) {
            variant = what;
            return this;
        }

        Builder undo(Request undoing) {
            undo = undoing;
            return this;
        }

        Builder listing(String field, Function<MatrixFixtures, String> item) {
            listing = new Listing(field, item);
            return this;
        }

        /** The same answer for every party with a good token or none: a public page, or a path for no one. */
        Builder everyone(Outcome outcome) {
            for (Party party : Party.values()) {
                if (!party.badToken()) {
                    outcomes.put(party, outcome);
                }
            }
            return this;
        }

        Builder anonymous(Outcome outcome) {
            return put(outcome, Party.ANONYMOUS);
        }

        /** The holder, the holder by a token of Zhejiang, another holder. */
        Builder holders(Outcome holder, Outcome ofZhejiang, Outcome other) {
            return put(holder, Party.HOLDER).put(ofZhejiang, Party.HOLDER_OF_ZHEJIANG).put(other, Party.OTHER_HOLDER);
        }

        /** The issuing department, another Shanghai department, the grantee, a Zhejiang department. */
        Builder departments(Outcome issuer, Outcome colleague, Outcome grantee, Outcome foreign) {
            return put(issuer, Party.ISSUER).put(colleague, Party.COLLEAGUE).put(grantee, Party.GRANTEE)
                    .put(foreign, Party.FOREIGN_DEPARTMENT);
        }

        /** Shanghai's admin, Zhejiang's admin. */
        Builder admins(Outcome own, Outcome foreign) {
            return put(own, Party.ADMIN).put(foreign, Party.FOREIGN_ADMIN);
        }

        Row build() {
            Outcome anonymous = outcomes.get(Party.ANONYMOUS);
            for (Party party : Party.values()) {
                if (party.badToken() && anonymous != null) {
                    outcomes.put(party, anonymous);
                }
            }
            return new Row(operation, variant, request, Map.copyOf(outcomes), undo, listing);
        }

        private Builder put(Outcome outcome, Party party) {
            outcomes.put(party, Objects.requireNonNull(outcome, party.name()));
            return this;
        }
    }
}
