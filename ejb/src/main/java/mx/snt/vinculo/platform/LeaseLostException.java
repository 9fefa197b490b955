package mx.snt.vinculo.platform;

/**
 * A run's lease expired and another instance took the job over: this run stops rather than
 * write the same rows as the new one.
 */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String job, String owner) {
        super("El trabajo " + job + " ya no pertenece a " + owner + " (su plazo venció y otra instancia lo tomó)");
    }
}
