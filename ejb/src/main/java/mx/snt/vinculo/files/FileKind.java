package mx.snt.vinculo.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Vínculo accepts, recognised by their first bytes. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    /** Word 97-2003, Excel 97-2003 (SIPOT templates), PowerPoint 97-2003: one OLE2 container. */
    OFFICE_97("application/x-ole-storage", "doc", "xls", "ppt", "dot", "xlt", "pot", "msg"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg", "jpe"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String mediaType;
    private final java.util.List<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = java.util.List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extensions a file of this kind may carry, the usual one first. */
    public java.util.List<String> extensions() {
        return extensions;
    }

    /**
     * The name with an extension that says what the bytes are: kept when it already fits the kind,
     * otherwise the kind's usual extension replaces the one given ({@code x.html} holding a PDF is
     * stored as {@code x.pdf}), so a download never claims to be something it is not.
     */
    public String nameFor(String name) {
        String ext = extension(name);
        if (extensions.contains(ext)) {
            return name;
        }
        String base = ext.isEmpty() ? name : name.substring(0, name.length() - ext.length() - 1);
        if (base.isBlank()) {
            base = "archivo";
        }
        return base + "." + extensions.get(0);
    }

    /** What the bytes are, whatever the name says; empty when not an accepted kind. */
    public static Optional<FileKind> detect(byte[] b, String fileName) {
        if (b == null || b.length < 8) {
            return Optional.empty();
        }
        if (starts(b, "%PDF-")) {
            return Optional.of(PDF);
        }
        if ((b[0] & 0xFF) == 0x89 && starts(b, 1, "PNG")) {
            return Optional.of(PNG);
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (b.length >= 12 && starts(b, "RIFF") && starts(b, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if ((b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0) {
            return Optional.of(OFFICE_97);
        }
        if (b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return zipKind(b, fileName);
        }
        return Optional.empty();
    }

    /** ODF puts its media type uncompressed first; OOXML names its main part in the first entries. */
    private static Optional<FileKind> zipKind(byte[] b, String fileName) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.text")) {
            return Optional.of(ODT);
        }
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
            return Optional.of(ODS);
        }
        if (head.contains("mimetypeapplication/vnd.oasis.opendocument.presentation")) {
            return Optional.of(ODP);
        }
        String all = new String(b, StandardCharsets.ISO_8859_1);
        if (all.contains("[Content_Types].xml")) {
            if (all.contains("word/")) {
                return Optional.of(DOCX);
            }
            if (all.contains("xl/")) {
                return Optional.of(XLSX);
            }
            if (all.contains("ppt/")) {
                return Optional.of(PPTX);
            }
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, String s) {
        return starts(b, 0, s);
    }

    private static boolean starts(byte[] b, int offset, String s) {
        byte[] p = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < offset + p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[offset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lower-case extension of a file name, or "". */
    static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
