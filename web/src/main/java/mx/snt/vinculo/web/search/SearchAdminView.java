package mx.snt.vinculo.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.search.IndexFeeder;
import mx.snt.vinculo.search.SiteSearch;
import mx.snt.vinculo.web.faces.Messages;

import java.time.format.DateTimeFormatter;

/** The search index's part of the integration console: this server's index and a rebuild on every server. */
@Named
@RequestScoped
public class SearchAdminView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @EJB
    private SiteSearch search;

    private IndexFeeder.Progress progress;

    public IndexFeeder.Progress getProgress() {
        if (progress == null) {
            progress = search.status();
        }
        return progress;
    }

    public String getFinished() {
        IndexFeeder.Progress p = getProgress();
        return p.finishedAt() == null ? "" : WHEN.format(MexicoCity.at(p.finishedAt()));
    }

    public void rebuild() {
        search.rebuild();
        progress = null;
        Messages.info("search.admin.rebuilt");
    }
}
