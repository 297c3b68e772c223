package org.openenpc.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Gives the temp file that replaces a file that file's POSIX permissions, and its owner and
 * group where the system allows, so replacing a 0600 file leaves a 0600 file (a rename would
 * otherwise bring the temp file's umask-based mode). A new target keeps the usual umask-based
 * mode. File systems without POSIX attributes (Windows, FAT) are left alone; ACLs and extended
 * attributes are not copied. Stateless; called by {@link AtomicFileWriter} on its thread.
 */
final class ReplacedFileAttributes {

    private static final FileAttribute<?>[] NONE = new FileAttribute<?>[0];

    private ReplacedFileAttributes() {
    }

    /**
     * Attributes to create the temp file with: the existing target's permissions, so the new
     * content is never more readable than the old while it is written (the umask can only
     * narrow them; {@link #copy} sets them exactly before the rename).
     */
    static FileAttribute<?>[] forCreation(Path target) {
        PosixFileAttributes existing = read(target);
        return existing == null ? NONE
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(existing.permissions())};
    }

    /**
     * Copies group, owner and permissions of {@code target} (if it exists) onto {@code temp}.
     * A group or owner the system will not grant (only root may give a file away) is skipped;
     * the permissions come last because changing the owner may clear set-id bits.
     *
     * @throws IOException if the permissions cannot be set; the write then fails rather than
     *                     replace the file with a differently protected one
     */
    static void copy(Path target, Path temp) throws IOException {
        PosixFileAttributes existing = read(target);
        if (existing == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        if (!existing.group().equals(now.group())) {
            try {
                view.setGroup(existing.group());
            } catch (IOException notAMember) {
                // the temp file keeps our group, as a new file would
            }
        }
        if (!existing.owner().equals(now.owner())) {
            try {
                view.setOwner(existing.owner());
            } catch (IOException notRoot) {
                // the file becomes ours, as with any editor that saves by rename
            }
        }
        view.setPermissions(existing.permissions());
    }

    /** The target's attributes, or null when it does not exist or the file system has no POSIX view. */
    private static PosixFileAttributes read(Path target) {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return null;
        }
        try {
            return view.readAttributes();
        } catch (IOException | UnsupportedOperationException e) {
            return null; // no such file, or attributes we cannot read: treated as a new file
        }
    }
}
