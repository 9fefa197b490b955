package mx.snt.vinculo.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.audit.AuditEntry;
import mx.snt.vinculo.audit.AuditTrail;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;

@Named
@ViewScoped
public class AuditView implements Serializable {

    @EJB
    private AuditTrail audit;

    private PageModel<AuditEntry> entries;

    @PostConstruct
    void init() {
        entries = new PageModel<>(25, (first, size) -> audit.page(null, null, first, size));
    }

    public PageModel<AuditEntry> getEntries() { return entries; }
}
