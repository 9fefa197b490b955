package mx.snt.vinculo.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import mx.snt.vinculo.platform.DataChanges;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;
import mx.snt.vinculo.security.Role;

import java.util.logging.Logger;

/**
 * An admin's word that the data changed behind the application's back (a correction made directly in the
 * database): every instance drops the public pages it keeps, so the next visitor gets them read afresh. Admin only.
 */
@Stateless
public class PublicCacheFlush {

    private static final Logger LOG = Logger.getLogger(PublicCacheFlush.class.getName());

    @EJB
    private Callers callers;

    public void flush() {
        Caller caller = callers.require(Role.ADMIN);
        DataChanges.committed();
        LOG.info(() -> "Copias del sitio público descartadas por " + caller.username());
    }
}
