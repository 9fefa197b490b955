package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.proposals.CallView;
import mx.snt.vinculo.proposals.ProposalFilter;
import mx.snt.vinculo.proposals.ProposalService;
import mx.snt.vinculo.proposals.ProposalSummary;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;

/** A call with its proposals. */
@Named
@ViewScoped
public class CallPage implements Serializable {

    @EJB
    private ProposalService proposals;

    private String id;
    private CallView call;
    private PageModel<ProposalSummary> list;

    public void load() {
        Long callId = NotFound.id(id);
        if (callId == null) {
            NotFound.send();
            return;
        }
        try {
            call = proposals.call(callId);
        } catch (NotFoundException e) {
            NotFound.send();
            return;
        }
        ProposalFilter f = new ProposalFilter(callId, null, null, null, null);
        list = new PageModel<>((first, size) -> proposals.list(f, first, size));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public CallView getCall() { return call; }
    public PageModel<ProposalSummary> getList() { return list; }
}
