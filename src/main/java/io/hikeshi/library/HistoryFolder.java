package io.hikeshi.library;

import io.hikeshi.templates.MarkdownFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the {@code *.md} files of the history folder (subfolders too; hidden entries and README.md skipped). A file
 * that cannot be used is a problem of the scan, never an exception, so the others load.
 */
final class HistoryFolder {

    /** One usable file, with the hash of its bytes to tell an edited file from an unchanged one. */
    record Read(HistoryEntry entry, String hash) {
    }

    /**
     * What one scan found.
     *
     * @param missing the folder is not there: the library must be left as it was
     * @param failed  files that exist but could not be used: their earlier version, if any, stays
     */
    record Scan(String directory, boolean missing, List<Read> files, List<String> failed,
                List<HistoryProblem> problems) {
    }

    private static final int MAX_DEPTH = 4;

    private final Path directory;
    private final int maxFileBytes;

    HistoryFolder(Path directory, int maxFileBytes) {
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
    }

    Scan scan() {
        List<HistoryProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            problems.add(new HistoryProblem(directory.toString(), 0, "the history folder is not there, so the"
                    + " library keeps the postmortems imported before (create the folder, or set"
                    + " HIKESHI_TEMPLATES_DIR to the folder that holds history/)"));
            return new Scan(directory.toString(), true, List.of(), List.of(), problems);
        }
        List<Path> paths = files(problems);
        if (paths == null) {
            return new Scan(directory.toString(), true, List.of(), List.of(), problems);
        }
        List<Read> files = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Path path : paths) {
            String source = directory.relativize(path).toString().replace('\\', '/');
            try {
                byte[] bytes = read(path);
                files.add(new Read(HistoryParser.parse(source, decode(bytes)), hash(bytes)));
            } catch (InvalidHistoryException e) {
                failed.add(source);
                problems.add(new HistoryProblem(source, e.line(), e.getMessage()));
            }
        }
        return new Scan(directory.toString(), false, List.copyOf(files), List.copyOf(failed), List.copyOf(problems));
    }

    private byte[] read(Path path) throws InvalidHistoryException {
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                throw new InvalidHistoryException(0, "the file is " + MarkdownFolder.size(size) + "; history files are limited"
                        + " to " + MarkdownFolder.size(maxFileBytes) + " (hikeshi.library.max-file-bytes)");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidHistoryException(0, "the file cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static String decode(byte[] bytes) throws InvalidHistoryException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidHistoryException(0, "the file is not UTF-8 text");
        }
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files to read; null when the folder itself cannot be read. */
    private List<Path> files(List<HistoryProblem> problems) {
        MarkdownFolder.Listing listing = MarkdownFolder.list(directory, MAX_DEPTH,
                (name, reason) -> problems.add(new HistoryProblem(name, 0, reason)));
        if (listing.folderFailure().isPresent()) {
            problems.add(new HistoryProblem(directory.toString(), 0, "the folder cannot be read ("
                    + listing.folderFailure().get() + "), so the library keeps the postmortems imported before"));
            return null;
        }
        return listing.files();
    }
}
