package mx.snt.vinculo.web.documents;

import jakarta.ejb.EJB;
import mx.snt.vinculo.web.faces.PageScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.documents.DocumentService;
import mx.snt.vinculo.documents.DocumentView;
import mx.snt.vinculo.visibility.Visibility;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;

import java.io.Serializable;

@Named
@PageScoped
public class DocumentPage implements Serializable {

    @EJB
    private DocumentService documents;

    private String id;
    private DocumentView document;
    private Visibility visibility;

    public void load() {
        Long docId = NotFound.id(id);
        if (docId == null) {
            NotFound.send();
            return;
        }
        try {
            document = documents.get(docId);
            visibility = document.visibility();
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public void changeVisibility() {
        try {
            document = documents.changeVisibility(document.id(), document.version(), visibility);
            Messages.info("document.visibility.changed");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public Visibility[] getVisibilities() { return Visibility.values(); }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public DocumentView getDocument() { return document; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
}
