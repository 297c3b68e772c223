package org.openenpc.inventory;

/**
 * A file given to {@link UserFieldsImport} cannot be imported at all (missing, unreadable, too large, not CSV,
 * no mac column), with one sentence for the user ({@link #getMessage()}); file text in it is already escaped
 * by {@link org.openenpc.model.SafeText}. Problems of single rows are {@link UserFieldsImport.RowError}s instead.
 */
public final class ImportFileException extends RuntimeException {

    public ImportFileException(String sentence) {
        super(sentence);
    }

    public ImportFileException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
