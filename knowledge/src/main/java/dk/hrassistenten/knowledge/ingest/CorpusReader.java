package dk.hrassistenten.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every supported document below a corpus folder. A file that cannot be read (binary, empty,
 * too large, broken) is skipped with a warning naming it; it never stops the others.
 */
public final class CorpusReader {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    /** Larger files are almost always exports or scans, not HR documents, and would slow every re-index. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final int PROGRESS_EVERY = 500;

    private final List<FormatReader> readers = List.of(new PlainTextReader(), new PdfReader(), new DocxReader(), new HtmlReader());

    /** The result of one read: the documents, and one warning per skipped file. */
    public record Result(List<SourceText> documents, List<String> warnings) {
        public Result {
            documents = List.copyOf(documents);
            warnings = List.copyOf(warnings);
        }
    }

    /** How one file of a folder is read: by {@link #readOne}, or from what the caller remembers of it unchanged. */
    @FunctionalInterface
    public interface FileReading {
        /** @return the file's text; empty when it holds none */
        Optional<SourceText> read(Path file, String relative) throws IOException;
    }

    /** Whether a file name has a format this reader understands (used by the folder watcher too). */
    public boolean supports(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && readerFor(name) != null;
    }

    /**
     * Reads the folder recursively, in path order so that results are repeatable. Only files whose real path
     * lies inside the folder are read: a symbolic link leading outside is skipped with a warning naming the
     * link (never its target or contents); one leading inside is not followed, because the walk reaches its
     * target by its real path anyway, so every document is read once.
     *
     * @param progress told "read N of M" every few hundred files; may be a no-op
     */
    public Result read(CorpusFolder folder, Consumer<String> progress) {
        return read(folder, progress, this::readOne);
    }

    /**
     * Reads the folder as {@link #read(CorpusFolder, Consumer)} does, each file through {@code reading}: a folder
     * rescanned every few minutes reads again only the files that changed.
     */
    public Result read(CorpusFolder folder, Consumer<String> progress, FileReading reading) {
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder.root())) { // links are not followed: each is judged here
            walk.sorted().forEach(path -> {
                if (Files.isSymbolicLink(path)) {
                    if (folder.inside(path).isEmpty()) {
                        warnings.add(folder.relative(path) + ": a link to somewhere outside the corpus folder (or nowhere), skipped");
                    }
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && supports(path)) {
                    files.add(path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list corpus folder " + folder.root(), e);
        }
        List<SourceText> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String relative = folder.relative(file);
            try {
                // Checked again just before reading: the file may have been replaced by a link since the walk.
                if (!folder.inside(file).map(file::equals).orElse(false)) {
                    warnings.add(relative + ": gone or replaced by a link while the corpus was read, skipped");
                } else {
                    reading.read(file, relative).ifPresentOrElse(documents::add, () -> warnings.add(relative + ": empty, skipped"));
                }
            } catch (IOException | RuntimeException e) {
                warnings.add(relative + ": " + describe(e) + ", skipped");
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.accept("read " + (i + 1) + " of " + files.size() + " files");
            }
        }
        warnings.forEach(w -> LOG.warn("corpus: {}", w));
        return new Result(documents, warnings);
    }

    /** Reads and cleans one file; empty when it holds no text. */
    public Optional<SourceText> readOne(Path file, String relative) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        if (size == 0) {
            return Optional.empty();
        }
        return readContent(file.getFileName().toString(), Files.readAllBytes(file), relative, Files.getLastModifiedTime(file).toMillis());
    }

    /**
     * Reads and cleans one document from its bytes, whatever it came from (a file, a web response, a SharePoint
     * download); empty when it holds no text.
     *
     * @param name     the document's file name, whose ending says its format ("referat.pdf")
     * @param citation how answers cite the document (becomes {@link SourceText#path()})
     * @throws IOException when the format is not supported, the content is larger than {@link #MAX_FILE_BYTES},
     *                     or it is not of the format its name says
     */
    public Optional<SourceText> readContent(String name, byte[] content, String citation, long lastModifiedMillis) throws IOException {
        if (content.length > MAX_FILE_BYTES) {
            throw new IOException("larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        FormatReader reader = readerFor(name.toLowerCase(Locale.ROOT));
        if (reader == null) {
            throw new IOException("not a supported format");
        }
        if (content.length == 0) {
            return Optional.empty();
        }
        String text = TextCleaner.clean(reader.read(content));
        if (text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SourceText(citation, text, lastModifiedMillis));
    }

    private FormatReader readerFor(String lowerCaseName) {
        return readers.stream().filter(r -> r.accepts(lowerCaseName)).findFirst().orElse(null);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
