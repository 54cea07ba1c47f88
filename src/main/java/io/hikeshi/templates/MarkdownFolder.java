package io.hikeshi.templates;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The Markdown files of a folder under the templates dir, as every feature that keeps files there reads them:
 * {@code *.md} up to a depth, following links, skipping hidden files and folders and {@code README.md}, sorted by path.
 */
public final class MarkdownFolder {

    /**
     * What was found.
     *
     * @param files         the files, sorted by path
     * @param folderFailure why the folder could not be walked to the end (the exception's kind), if it could not
     */
    public record Listing(List<Path> files, Optional<String> folderFailure) {
    }

    private MarkdownFolder() {
    }

    /** Lists the files; a file that cannot be read is passed to {@code unreadable} with its relative name and why. */
    public static Listing list(Path directory, int maxDepth, BiConsumer<String, String> unreadable) {
        List<Path> files = new ArrayList<>();
        Optional<String> failure = Optional.empty();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), maxDepth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(directory) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && !hidden(file) && name.toLowerCase(Locale.ROOT).endsWith(".md")
                            && !name.equalsIgnoreCase("README.md")) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    unreadable.accept(directory.relativize(file).toString(),
                            "cannot be read: " + e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failure = Optional.of(e.getClass().getSimpleName());
        }
        files.sort(Comparator.comparing(Path::toString));
        return new Listing(files, failure);
    }

    /** A file size as people read it: KB, or MB with one decimal. */
    public static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : (bytes + 1023) / 1024 + " KB";
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
