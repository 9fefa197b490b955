package mx.snt.vinculo.files;

/** A file to download: its name as uploaded, its checked media type, its bytes. */
public record FileContent(String name, String mediaType, byte[] bytes) {
}
