package mx.snt.vinculo.web.proposals;

import mx.snt.vinculo.web.faces.SamePage;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.library.Topic;
import mx.snt.vinculo.proposals.CallInput;
import mx.snt.vinculo.proposals.CallDetail;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.proposals.ProposalCalls;
import mx.snt.vinculo.web.faces.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** A commission's secretary opens a call. */
@Named
@ViewScoped
public class NewCallView implements Serializable {

    @EJB
    private ProposalCalls proposals;
    @Inject
    private Clock clock;

    private List<Workspace> commissions;
    private List<WorkspaceSummary> bodies;
    private Long commission;
    private String title;
    private Topic topic;
    private String description;
    private boolean openToAll = true;
    private Long[] bodyIds = new Long[0];
    private LocalDate opensOn;
    private LocalDate closesOn;

    /** The form opens on a call that runs from today for 30 days. */
    @PostConstruct
    void init() {
        opensOn = MexicoCity.today(clock);
        closesOn = opensOn.plusDays(30);
    }

    public void load() {
        commissions = proposals.commissionsICanManage();
        bodies = proposals.bodies();
        if (!commissions.isEmpty()) {
            commission = commissions.get(0).getId();
        }
    }

    public String save() {
        try {
            CallDetail c = proposals.open(commission == null ? -1 : commission, new CallInput(title, topic, description,
                    openToAll, new HashSet<>(java.util.Arrays.asList(bodyIds == null ? new Long[0] : bodyIds)), opensOn, closesOn));
            Messages.info("call.created");
            return SamePage.of("/propuestas/convocatoria", c.id());
        } catch (DomainException e) {
            Messages.error(e);
            return null;
        }
    }

    public Topic[] getTopics() { return Topic.values(); }
    public List<Workspace> getCommissions() { return commissions; }
    public List<WorkspaceSummary> getBodies() { return bodies; }
    public Long getCommission() { return commission; }
    public void setCommission(Long commission) { this.commission = commission; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isOpenToAll() { return openToAll; }
    public void setOpenToAll(boolean openToAll) { this.openToAll = openToAll; }
    public Long[] getBodyIds() { return bodyIds; }
    public void setBodyIds(Long[] bodyIds) { this.bodyIds = bodyIds; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
}
