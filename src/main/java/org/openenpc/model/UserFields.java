package org.openenpc.model;

import java.util.Objects;

/**
 * What the user says about a device: kept across address changes and restarts, stored exactly as typed
 * (sanitise on output). Never null: an empty field is {@code ""}. Immutable.
 *
 * @param tags free words, comma-separated as typed
 */
public record UserFields(String name, String location, String assetTag, String notes, String tags) {

    /** The longest text one field keeps; longer input is refused, never cut silently. */
    public static final int MAX_LENGTH = 10_000;

    public static final UserFields NONE = new UserFields("", "", "", "", "");

    public UserFields {
        name = Objects.requireNonNullElse(name, "");
        location = Objects.requireNonNullElse(location, "");
        assetTag = Objects.requireNonNullElse(assetTag, "");
        notes = Objects.requireNonNullElse(notes, "");
        tags = Objects.requireNonNullElse(tags, "");
        for (String f : new String[] {name, location, assetTag, notes, tags}) {
            if (f.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("a field longer than " + MAX_LENGTH + " characters");
            }
        }
    }

    public UserFields withName(String v) {
        return new UserFields(v, location, assetTag, notes, tags);
    }

    public UserFields withLocation(String v) {
        return new UserFields(name, v, assetTag, notes, tags);
    }

    public UserFields withAssetTag(String v) {
        return new UserFields(name, location, v, notes, tags);
    }

    public UserFields withNotes(String v) {
        return new UserFields(name, location, assetTag, v, tags);
    }

    public UserFields withTags(String v) {
        return new UserFields(name, location, assetTag, notes, v);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }
}
