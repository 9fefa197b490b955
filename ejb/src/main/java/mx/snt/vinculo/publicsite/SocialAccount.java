package mx.snt.vinculo.publicsite;

import java.io.Serializable;

/** An institutional social account, as a plain link. */
public record SocialAccount(String network, String handle, String url) implements Serializable {
}
