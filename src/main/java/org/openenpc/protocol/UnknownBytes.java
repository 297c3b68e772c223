package org.openenpc.protocol;

/**
 * A run of reply bytes whose meaning is not known (or only guessed), kept so users who capture
 * new models can see them.
 *
 * @param offset offset from the start of the datagram
 * @param hex    the bytes, hex pairs separated by spaces
 * @param note   what is known or guessed about them, "" if nothing
 */
public record UnknownBytes(int offset, String hex, String note) {

    public int length() {
        return hex.isEmpty() ? 0 : (hex.length() + 1) / 3;
    }

    @Override
    public String toString() {
        return String.format("@%d (%d bytes): %s%s", offset, length(), hex, note.isEmpty() ? "" : "  [" + note + "]");
    }
}
