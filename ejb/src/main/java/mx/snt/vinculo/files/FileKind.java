package mx.snt.vinculo.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file Vínculo accepts, recognised by their first bytes. */
public enum FileKind {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    ODP("application/vnd.oasis.opendocument.presentation"),
    /** Word 97-2003, Excel 97-2003 (SIPOT templates), PowerPoint 97-2003: one OLE2 container. */
    OFFICE_97("application/x-ole-storage"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp");

    private final String mediaType;

    FileKind(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
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
