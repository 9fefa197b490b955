package mx.snt.vinculo.web.opendata;

import mx.snt.vinculo.common.PagePaths;
import mx.snt.vinculo.opendata.FeedEntry;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An Atom 1.0 feed (RFC 4287) written with StAX, so every text is escaped by the XML writer. The feed and every
 * entry carry the required elements: {@code id} (a {@code tag:} URI on the hub's host — stable while the host
 * is, and never reused, since it names the kind and the database id), {@code title}, {@code updated}; the feed
 * an {@code author} (entries have none of their own), a {@code self} link and an {@code alternate} link to the
 * public page; each entry its page as {@code alternate} link and a text {@code summary}.
 */
final class AtomWriter {

    static final String NS = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    /** What the feed says about itself. */
    record Head(String key, String title, String selfUrl, String pageUrl, String author, String language) {
    }

    private AtomWriter() {
    }

    static String write(Head head, List<FeedEntry> entries, String baseUrl, Instant whenEmpty) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", head.language());
            element(x, "id", tag(baseUrl, "feeds/" + head.key()));
            element(x, "title", head.title());
            element(x, "updated", updated(entries, whenEmpty).toString());
            link(x, "self", MEDIA_TYPE.substring(0, MEDIA_TYPE.indexOf(';')), head.selfUrl());
            link(x, "alternate", "text/html", head.pageUrl());
            x.writeStartElement("author");
            element(x, "name", head.author());
            x.writeEndElement();
            x.writeStartElement("generator");
            x.writeCharacters("Vínculo");
            x.writeEndElement();
            for (FeedEntry e : entries) {
                x.writeStartElement("entry");
                element(x, "id", tag(baseUrl, e.key().replace(':', '/')));
                element(x, "title", e.title());
                element(x, "updated", e.updated().toString());
                if (e.published() != null) {
                    element(x, "published", e.published().toString());
                }
                link(x, "alternate", "text/html", PagePaths.absolute(baseUrl, e.path()));
                if (e.workspaceName() != null) {
                    x.writeStartElement("category");
                    x.writeAttribute("term", e.workspaceName());
                    x.writeEndElement();
                }
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(e.summary());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    /** The newest change among the entries (the feed changed then), or {@code whenEmpty}. */
    static Instant updated(List<FeedEntry> entries, Instant whenEmpty) {
        return entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(whenEmpty);
    }

    /** {@code tag:<host>,2026:<specific>} (RFC 4151): 2026 is the year Vínculo's feeds began. */
    static String tag(String baseUrl, String specific) {
        String host = URI.create(baseUrl).getHost();
        return "tag:" + (host == null ? "localhost" : host) + ",2026:vinculo/" + specific;
    }

    private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }
}
