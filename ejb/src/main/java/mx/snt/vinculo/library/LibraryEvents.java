package mx.snt.vinculo.library;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.outbox.EventPayload;
import mx.snt.vinculo.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.TreeSet;

import static mx.snt.vinculo.common.JsonProviders.JSON;

/** What the library tells the outbox: a public entry is published to the PNT, one that stops being public is withdrawn. */
@Stateless
public class LibraryEvents {

    @EJB
    private Outbox outbox;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "vinculo.base-url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** Records the event a change of visibility calls for ({@link LibraryEntry#publicationSince}). */
    public void after(LibraryEntry e, LibraryEntry.Publication publication) {
        switch (publication) {
            case PUBLISH -> published(e);
            case WITHDRAW -> outbox.record("library.unpublished", "LibraryEntry", e.getId(), e.getVersion(),
                    e.getWorkspace().getId(), base(e).build());
            case NONE -> { }
        }
    }

    private void published(LibraryEntry e) {
        JsonArrayBuilder topics = JSON.createArrayBuilder();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        new TreeSet<>(e.getTopics()).forEach(t -> {
            topics.add(t.name());
            labels.add(t.sipotLabel());
        });
        outbox.record("library.published", "LibraryEntry", e.getId(), e.getVersion(), e.getWorkspace().getId(),
                base(e).add("pnt", JSON.createObjectBuilder()
                        .add("title", e.getTitle())
                        .add("authors", e.getAuthors())
                        .add("body", e.getWorkspace().getName())
                        .add("bodyAcronym", e.getWorkspace().getAcronym())
                        .add("year", e.getYear())
                        .add("type", e.getType().name())
                        .add("typeLabel", e.getType().sipotLabel())
                        .add("topics", topics)
                        .add("topicLabels", labels)
                        .add("summary", e.getSummary())
                        .add("url", PagePaths.absolute(baseUrl, PagePaths.libraryEntry(e.getId())))).build());
    }

    private JsonObjectBuilder base(LibraryEntry e) {
        return EventPayload.of("LIBRARY_ENTRY", e.getId(), e.getTitle(), PagePaths.libraryEntry(e.getId()),
                e.getWorkspace().getId(), e.getVisibility(), clock.instant());
    }
}
