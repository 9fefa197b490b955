package mx.snt.vinculo.proposals;

import java.io.Serializable;

/** A file as received from a page or the API. */
public record Upload(String name, byte[] content) implements Serializable {
}
