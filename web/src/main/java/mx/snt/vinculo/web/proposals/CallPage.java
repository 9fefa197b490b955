package mx.snt.vinculo.web.proposals;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.proposals.CallDetail;
import mx.snt.vinculo.proposals.ProposalFilter;
import mx.snt.vinculo.proposals.ProposalCalls;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.proposals.ProposalRow;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;

/** A call with its proposals. */
@Named
@ViewScoped
public class CallPage implements Serializable {

    @EJB
    private ProposalCalls calls;
    @EJB
    private ProposalSubmissions proposals;

    private String id;
    private CallDetail call;
    private PageModel<ProposalRow> list;

    public void load() {
        Long callId = NotFound.id(id);
        if (callId == null) {
            NotFound.send();
            return;
        }
        try {
            call = calls.get(callId);
        } catch (NotFoundException e) {
            NotFound.send();
            return;
        }
        ProposalFilter f = new ProposalFilter(callId, null, null, null, null);
        list = new PageModel<>(20, (first, size) -> proposals.list(f, first, size));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public CallDetail getCall() { return call; }
    public PageModel<ProposalRow> getList() { return list; }
}
