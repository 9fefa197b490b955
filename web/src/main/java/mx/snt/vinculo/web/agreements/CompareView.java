package mx.snt.vinculo.web.agreements;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.agreements.AgreementComparison;
import mx.snt.vinculo.agreements.AgreementQueries;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;

/** Two versions of an agreement's text side by side. */
@Named
@ViewScoped
public class CompareView implements Serializable {

    @EJB
    private AgreementQueries agreements;

    private String id;
    private String left;
    private String right;
    private AgreementComparison comparison;

    public void load() {
        Long agreementId = NotFound.id(id);
        Long l = NotFound.id(left);
        Long r = NotFound.id(right);
        if (agreementId == null || l == null || r == null) {
            NotFound.send();
            return;
        }
        try {
            comparison = agreements.compare(agreementId, l.intValue(), r.intValue());
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public AgreementComparison getComparison() { return comparison; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getLeft() { return left; }
    public void setLeft(String left) { this.left = left; }
    public String getRight() { return right; }
    public void setRight(String right) { this.right = right; }
}
