package mx.snt.vinculo.web.proposals;

import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an uploaded part; the file store checks content and size afterwards. */
public final class Uploads {
    private Uploads() {
    }

    /** The bytes, or null when no file was chosen. */
    public static byte[] bytes(Part part) {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String name(Part part) {
        return part == null ? null : part.getSubmittedFileName();
    }
}
