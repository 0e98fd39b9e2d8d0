package org.normative.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.normative.dsl.project.ProjectException;
import org.normative.dsl.project.Progress;
import org.normative.model.Standard;
import org.normative.publish.view.EditionBuilder;
import org.normative.publish.view.EditionView;

/**
 * Publishes a standard's editions into a folder: computes the {@link EditionView} once, then
 * runs each selected {@link Publisher}. Every file is written atomically: into a temporary file
 * of the output folder, which is then moved over the edition ({@code ATOMIC_MOVE}); a failure,
 * or the process being killed, never leaves a half-written edition and keeps the previous one.
 * The caller validates the standard first: a standard with errors must not be published.
 */
public final class Publishing {

    private static final AtomicLong TEMP_COUNTER = new AtomicLong();

    private final Publishers publishers;

    public Publishing(Publishers publishers) {
        this.publishers = publishers;
    }

    public Publishing() {
        this(Publishers.standard());
    }

    /** {@code <standard-id>-<version>[-<lang>].<ext>}: the language only when it is not the default language. */
    public static String fileName(EditionView edition, Publisher publisher) {
        return edition.id() + "-" + edition.version() + (edition.inDefaultLanguage() ? "" : "-" + edition.language()) + "."
                + publisher.fileExtension();
    }

    /**
     * Checks the request against the standard without writing anything: the formats exist and
     * the standard has the language.
     */
    public List<Publisher> check(Standard standard, PublishRequest request) throws ProjectException {
        List<Publisher> selected = publishers.select(request.formats());
        EditionBuilder.checkLanguage(standard, request.language());
        return selected;
    }

    /**
     * Publishes {@code standard} as {@code request} asks and returns the files written, editions
     * first, in format order.
     *
     * @throws ProjectException for an unknown format or language, or a folder that cannot be written
     */
    public List<Path> publish(Standard standard, PublishRequest request, Progress progress) throws ProjectException {
        List<Publisher> selected = check(standard, request);
        Path folder = prepareFolder(request.outputFolder());
        EditionView edition = EditionBuilder.build(standard, request.language(), request.changes());
        progress.begin("Publishing", selected.size());
        List<Path> written = new ArrayList<>();
        for (Publisher publisher : selected) {
            written.add(writeAtomically(folder, fileName(edition, publisher), out -> publisher.publish(edition, out)));
            for (Map.Entry<String, byte[]> companion : publisher.companionFiles().entrySet()) {
                written.add(writeAtomically(folder, companion.getKey(), out -> out.write(companion.getValue())));
            }
            progress.worked(1);
        }
        return written;
    }

    /** Creates the output folder if need be. */
    static Path prepareFolder(Path folder) throws ProjectException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ProjectException(folder + ": not a folder");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ProjectException(folder + ": cannot create the folder: " + reason(e), e);
        }
        return folder;
    }

    /** Writes what {@code content} produces to a temporary file in {@code folder}, then moves it to {@code fileName}. */
    static Path writeAtomically(Path folder, String fileName, Content content) throws ProjectException {
        Path target = folder.resolve(fileName);
        Path temp = null;
        boolean moved = false;
        try {
            temp = createTemp(folder, fileName);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
                content.write(new NonClosingOutputStream(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
            return target;
        } catch (IOException e) {
            throw new ProjectException(target + ": cannot write the file: " + reason(e), e);
        } finally {
            if (temp != null && !moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and named as such; the edition itself is untouched
                }
            }
        }
    }

    /**
     * A new, hidden file next to the target ({@code .apd.ai-competency-1.0.0.json.1234-1.tmp}),
     * created with the default permissions (unlike {@link Files#createTempFile}, which makes it
     * private to the owner).
     */
    private static Path createTemp(Path folder, String fileName) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path temp = folder.resolve("." + fileName + "." + ProcessHandle.current().pid() + "-" + TEMP_COUNTER.incrementAndGet() + ".tmp");
            try {
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Produces the content of a file. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Keeps a publisher from closing the temporary file before it is forced to disk. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {

        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
