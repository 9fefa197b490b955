package mx.snt.vinculo.web.sessions;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.sessions.CitizenSummaries;
import mx.snt.vinculo.sessions.CitizenSummary;
import mx.snt.vinculo.sessions.SessionDetail;
import mx.snt.vinculo.sessions.SummaryLanguage;
import mx.snt.vinculo.web.faces.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretary's editor of the plain-language summaries ("en lenguaje ciudadano") of the session and of each
 * of its acuerdos, with their translations into indigenous languages (its own form on the session page): each
 * summary shows its translations and one empty row to add another; emptying a translation removes it.
 */
@Named
@ViewScoped
public class SessionSummaryPanel implements Serializable {

    @EJB
    private CitizenSummaries summaries;

    @Inject
    private SessionPage page;

    private Subject session;
    private List<Subject> acuerdos;

    /** One translation row of the form. */
    public static class Row implements Serializable {
        private String language;
        private String text;

        Row(String language, String text) {
            this.language = language;
            this.text = text;
        }

        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** The session or one acuerdo, as the form edits it. */
    public static class Subject implements Serializable {
        private final Long acuerdoId;
        private final String number;
        private final String official;
        private String text;
        private final List<Row> rows = new ArrayList<>();

        Subject(Long acuerdoId, String number, String official, CitizenSummary summary) {
            this.acuerdoId = acuerdoId;
            this.number = number;
            this.official = official;
            this.text = summary.text();
            summary.translationList().forEach(t -> rows.add(new Row(t.language(), t.text())));
            rows.add(new Row(null, null));
        }

        CitizenSummary summary() {
            return CitizenSummary.of(text, rows.stream().map(r -> new CitizenSummary.Translation(r.language, r.text)).toList());
        }

        public Long getAcuerdoId() { return acuerdoId; }
        public String getNumber() { return number; }
        public String getOfficial() { return official; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public List<Row> getRows() { return rows; }
        /** An id for the subject's fields: "s" for the session, "a<id>" for an acuerdo. */
        public String getKey() { return acuerdoId == null ? "s" : "a" + acuerdoId; }
    }

    private SessionDetail detail() {
        return page.getSession();
    }

    private void loaded() {
        if (session == null && detail() != null) {
            show(summaries.drafts(detail().id()));
        }
    }

    private void show(CitizenSummaries.Drafts drafts) {
        session = new Subject(null, null, null, drafts.session());
        acuerdos = new ArrayList<>();
        drafts.acuerdos().forEach(a -> acuerdos.add(new Subject(a.acuerdoId(), a.number(), a.text(), a.summary())));
    }

    public void save() {
        try {
            CitizenSummary own = session.summary();
            Map<Long, CitizenSummary> each = new LinkedHashMap<>();
            for (Subject a : acuerdos) {
                each.put(a.acuerdoId, a.summary());
            }
            summaries.save(detail().id(), detail().version(), own, each);
            page.refresh();
            show(summaries.drafts(detail().id()));
            Messages.info("pub.summary.saved");
        } catch (EJBException e) {
            if (e.getCause() instanceof DomainException d) {
                Messages.error(d);
            } else {
                throw e;
            }
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public SummaryLanguage[] getLanguages() { return SummaryLanguage.values(); }
    public Subject getSessionSummary() { loaded(); return session; }
    public List<Subject> getAcuerdoSummaries() { loaded(); return acuerdos; }
}
