package mx.snt.vinculo.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.directory.DirectoryService;
import mx.snt.vinculo.directory.WorkspaceSummary;
import mx.snt.vinculo.documents.DocumentService;
import mx.snt.vinculo.documents.DocumentView;
import mx.snt.vinculo.web.faces.PageModel;

import java.io.Serializable;

@Named
@ViewScoped
public class HomeView implements Serializable {

    @EJB
    private DirectoryService directory;

    @EJB
    private DocumentService documents;

    private WorkspaceSummary network;
    private PageModel<DocumentView> items;

    @PostConstruct
    void load() {
        network = directory.network();
        items = new PageModel<>((first, size) -> documents.visible(first, size));
    }

    public WorkspaceSummary getNetwork() { return network; }
    public PageModel<DocumentView> getItems() { return items; }
}
