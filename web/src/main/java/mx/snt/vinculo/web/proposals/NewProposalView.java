package mx.snt.vinculo.web.proposals;

import mx.snt.vinculo.web.faces.SamePage;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.proposals.CallDetail;
import mx.snt.vinculo.proposals.ProposalInput;
import mx.snt.vinculo.proposals.ProposalCalls;
import mx.snt.vinculo.proposals.ProposalSubmissions;
import mx.snt.vinculo.proposals.ProposalDetail;
import mx.snt.vinculo.proposals.Upload;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Submitting a proposal, to a call (?convocatoria=) or freely to a commission. */
@Named
@ViewScoped
public class NewProposalView implements Serializable {

    @EJB
    private ProposalCalls calls;
    @EJB
    private ProposalSubmissions proposals;

    private String callParam;
    private CallDetail call;
    private List<Workspace> commissions;
    private Long commission;
    private String title;
    private String summary;
    private String text;
    private Topic topic;
    private transient Part file;

    public void load() {
        if (callParam != null && !callParam.isBlank()) {
            Long id = NotFound.id(callParam);
            try {
                call = id == null ? null : calls.get(id);
            } catch (NotFoundException e) {
                call = null;
            }
            if (call == null) {
                NotFound.send();
                return;
            }
            topic = call.topic();
        }
        commissions = calls.commissions();
    }

    public String save() {
        try {
            List<Upload> uploads = new ArrayList<>();
            byte[] bytes = Uploads.bytes(file);
            if (bytes != null) {
                uploads.add(new Upload(Uploads.name(file), bytes));
            }
            ProposalDetail p = proposals.submit(new ProposalInput(call == null ? null : call.id(), call == null ? commission : null,
                    title, summary, text, topic), uploads);
            Messages.info("proposal.created");
            return SamePage.of("/propuestas/ver", p.id());
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public Topic[] getTopics() { return Topic.values(); }
    public String getCallParam() { return callParam; }
    public void setCallParam(String callParam) { this.callParam = callParam; }
    public CallDetail getCall() { return call; }
    public List<Workspace> getCommissions() { return commissions; }
    public Long getCommission() { return commission; }
    public void setCommission(Long commission) { this.commission = commission; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
