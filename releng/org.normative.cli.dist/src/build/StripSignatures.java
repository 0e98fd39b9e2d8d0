import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files (META-INF/*.SF, *.RSA, *.DSA, *.EC) from the jars of a folder, in
 * place: the distribution's lib/ folder, at build time (releng/org.normative.cli.dist/pom.xml).
 * <p>
 * Several Eclipse jars on Maven Central are signed, and the JVM checks the signature of every
 * class it loads from a signed jar (a SHA-256 digest per class plus the certificate chain):
 * about 0.25 s of CPU time at every start of the CLI (docs/performance.md). The CLI's jars come
 * from Maven Central, which the build verifies by checksum; at run time the signatures protect
 * nothing. Entries keep their order, contents and times, so the output is deterministic.
 * <p>
 * Run with the JDK's source launcher: {@code java StripSignatures.java DIR}.
 */
public final class StripSignatures {

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int stripped = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path jar : jars) {
                if (strip(jar)) {
                    stripped++;
                }
            }
        }
        System.out.println("StripSignatures: removed the signatures of " + stripped + " jar(s) in " + folder);
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC");
    }

    private static boolean strip(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().noneMatch(e -> isSignature(e.getName()))) {
                return false;
            }
            Path temporary = Files.createTempFile(jar.getParent(), jar.getFileName().toString(), ".tmp");
            try (OutputStream file = Files.newOutputStream(temporary); ZipOutputStream out = new ZipOutputStream(file)) {
                for (var entries = zip.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    if (isSignature(entry.getName())) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    if (entry.getComment() != null) {
                        copy.setComment(entry.getComment());
                    }
                    if (entry.getExtra() != null) {
                        copy.setExtra(entry.getExtra());
                    }
                    out.putNextEntry(copy);
                    try (InputStream in = zip.getInputStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING);
            return true;
        }
    }
}
