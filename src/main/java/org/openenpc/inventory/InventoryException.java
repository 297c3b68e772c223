package org.openenpc.inventory;

/**
 * The inventory could not be used, with one sentence for the user ({@link #getMessage()}) and what kind of
 * trouble it is, so that a front can decide: scan on without history, retry later, or stop.
 */
public final class InventoryException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** Another program holds the database's write lock. */
        LOCKED,
        /** The file is not a database, or a damaged one. */
        CORRUPT,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** A newer OpenENPC migrated it: this one does not know the schema and leaves it alone. */
        NEWER_SCHEMA,
        /** The database server cannot be reached (it may come back: worth retrying). */
        UNREACHABLE,
        /** The --db value or setting is not something we can open. */
        BAD_LOCATION,
        /** Anything else the database refused. */
        OTHER
    }

    private final Kind kind;

    public InventoryException(Kind kind, String sentence, Throwable cause) {
        super(sentence, cause);
        this.kind = kind;
    }

    public InventoryException(Kind kind, String sentence) {
        this(kind, sentence, null);
    }

    public Kind kind() {
        return kind;
    }

    /** True when trying again later may work (the server went away, another writer held the lock). */
    public boolean retryable() {
        return kind == Kind.UNREACHABLE || kind == Kind.LOCKED;
    }
}
