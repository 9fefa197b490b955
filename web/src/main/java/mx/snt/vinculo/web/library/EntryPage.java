package mx.snt.vinculo.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import mx.snt.vinculo.web.faces.PageScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import mx.snt.vinculo.common.DomainException;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.library.EntryDetail;
import mx.snt.vinculo.library.LibraryAdoptions;
import mx.snt.vinculo.library.LibraryCatalogue;
import mx.snt.vinculo.web.faces.Messages;
import mx.snt.vinculo.web.faces.NotFound;
import mx.snt.vinculo.web.proposals.Uploads;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** One library entry: metadata, files, adoptions; members attach files, any body records an adoption. */
@Named
@PageScoped
public class EntryPage implements Serializable {

    @EJB
    private LibraryCatalogue library;
    @EJB
    private LibraryAdoptions adoptions;
    @Inject
    private Clock clock;

    private String id;
    private EntryDetail entry;
    private LocalDate adoptedOn;
    private String note;
    private transient Part evidence;
    private transient Part file;

    /** An adoption is dated today unless the person says otherwise. */
    @PostConstruct
    void init() {
        adoptedOn = MexicoCity.today(clock);
    }

    public void load() {
        Long eid = NotFound.id(id);
        if (eid == null) {
            NotFound.send();
            return;
        }
        try {
            entry = library.get(eid);
        } catch (NotFoundException e) {
            NotFound.send();
        }
    }

    public void adopt() {
        try {
            entry = adoptions.adopt(entry.id(), adoptedOn, note, Uploads.name(evidence), Uploads.bytes(evidence));
            Messages.info("library.adoption.done");
            note = null;
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public void attach() {
        try {
            byte[] bytes = Uploads.bytes(file);
            entry = library.attach(entry.id(), Uploads.name(file), bytes == null ? new byte[0] : bytes);
            Messages.info("library.file.done");
        } catch (DomainException e) {
            Messages.error(e);
        }
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public EntryDetail getEntry() { return entry; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public void setAdoptedOn(LocalDate adoptedOn) { this.adoptedOn = adoptedOn; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Part getEvidence() { return evidence; }
    public void setEvidence(Part evidence) { this.evidence = evidence; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
