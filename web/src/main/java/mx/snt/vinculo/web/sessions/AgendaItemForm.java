package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.sessions.AgendaEditing;
import mx.snt.vinculo.sessions.ItemInput;
import mx.snt.vinculo.sessions.ItemKind;
import mx.snt.vinculo.sessions.ItemRow;
import mx.snt.vinculo.sessions.VoteRule;
import mx.snt.vinculo.web.faces.Messages;

import java.io.Serializable;

/**
 * The agenda editor of the session page: add an item or edit one (its kind, title, presenter,
 * text, how it is voted — the rule and a secret ballot — and, for the approval of a previous
 * acta, which of the body's closed sessions), move, remove, attach documents. Acts through
 * {@link SessionPage#act}, so the page shows the session after each change.
 */
@Named
@ViewScoped
public class AgendaItemForm implements Serializable {

    @EJB
    private AgendaEditing agenda;

    @Inject
    private SessionPage page;

    private Long editing;
    private ItemKind kind = ItemKind.PROPOSAL;
    private String title;
    private String presenter;
    private String body;
    private Long ref;
    /** Null: the body's default rule. */
    private VoteRule rule;
    private boolean secret;
    private Integer movePosition;
    private String moveReason;
    private transient jakarta.servlet.http.Part file;
    private Long uploadItem;

    private long sid() {
        return page.getSession().id();
    }

    private long version() {
        return page.getSession().version();
    }

    /** Adds the item typed, or saves the one being edited. */
    public void save() {
        ItemInput in = new ItemInput(kind, title, presenter, body, kind == ItemKind.PREVIOUS_ACTA ? ref : null, rule, secret);
        boolean done = editing == null
                ? page.act(() -> agenda.addItem(sid(), version(), in), "session.item.added")
                : page.act(() -> agenda.editItem(sid(), editing, version(), in), "session.item.saved");
        if (done) {
            clear();
        }
    }

    /** Loads an item into the editor (Ajax: the form below shows it). */
    public void edit(long itemId) {
        ItemRow i = page.getSession().items().stream().filter(r -> r.id() == itemId).findFirst().orElse(null);
        if (i == null) {
            Messages.error(new ValidationException("session.item.otherSession"));
            return;
        }
        editing = i.id();
        kind = i.kind();
        title = i.title();
        presenter = i.presenter();
        body = i.body();
        ref = i.refSessionId();
        rule = i.voteRule();
        secret = i.secret();
    }

    public void cancelEdit() {
        clear();
    }

    private void clear() {
        editing = null;
        kind = ItemKind.PROPOSAL;
        title = null;
        presenter = null;
        body = null;
        ref = null;
        rule = null;
        secret = false;
    }

    public void remove(long itemId) {
        page.act(() -> agenda.removeItem(sid(), itemId, version()), "session.item.removed");
        if (editing != null && editing == itemId) {
            clear();
        }
    }

    public void move(long itemId) {
        if (page.act(() -> agenda.moveItem(sid(), itemId, version(), movePosition == null ? 0 : movePosition, moveReason),
                "session.item.moved")) {
            moveReason = null;
            movePosition = null;
        }
    }

    public void attach() {
        if (file != null && file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            file = null; // the field was left empty
        }
        if (file == null || uploadItem == null) {
            page.act(() -> agenda.attach(sid(), uploadItem == null ? -1 : uploadItem, version(), null, null), null);
            return;
        }
        String name = file.getSubmittedFileName();
        byte[] content;
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.act(() -> agenda.attach(sid(), uploadItem, version(), name, content), "session.item.attached");
        file = null;
    }

    public ItemKind[] getKinds() { return ItemKind.values(); }
    public VoteRule[] getRules() { return VoteRule.values(); }
    public boolean isEditingItem() { return editing != null; }
    public Long getEditing() { return editing; }
    public ItemKind getKind() { return kind; }
    public void setKind(ItemKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPresenter() { return presenter; }
    public void setPresenter(String presenter) { this.presenter = presenter; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Long getRef() { return ref; }
    public void setRef(Long ref) { this.ref = ref; }
    public VoteRule getRule() { return rule; }
    public void setRule(VoteRule rule) { this.rule = rule; }
    public boolean isSecret() { return secret; }
    public void setSecret(boolean secret) { this.secret = secret; }
    public Integer getMovePosition() { return movePosition; }
    public void setMovePosition(Integer movePosition) { this.movePosition = movePosition; }
    public String getMoveReason() { return moveReason; }
    public void setMoveReason(String moveReason) { this.moveReason = moveReason; }
    public jakarta.servlet.http.Part getFile() { return file; }
    public void setFile(jakarta.servlet.http.Part file) { this.file = file; }
    public Long getUploadItem() { return uploadItem; }
    public void setUploadItem(Long uploadItem) { this.uploadItem = uploadItem; }
}
