package mx.snt.vinculo.library;

/** What kind of work a library entry is. */
public enum EntryType {
    GUIDE, STUDY, ARTICLE, MANUAL, VIDEO, INFOGRAPHIC, GOOD_PRACTICE
}
