package mx.snt.vinculo.web.opendata;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import mx.snt.vinculo.opendata.Dataset;
import mx.snt.vinculo.opendata.FeedKind;

import java.util.List;

/** The open-data page ({@code /datos}): every dataset with its fields, downloads, API and feeds. Stateless. */
@Named
@RequestScoped
public class DataPage {

    public List<Dataset> getDatasets() {
        return List.of(Dataset.values());
    }

    public List<FeedKind> getFeeds() {
        return List.of(FeedKind.values());
    }
}
