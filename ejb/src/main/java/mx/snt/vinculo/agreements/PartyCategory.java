package mx.snt.vinculo.agreements;

/** What a party is: a body of the network (from the directory) or an outside counterparty. */
public enum PartyCategory {
    BODY, UNIVERSITY, CIVIL_SOCIETY, MEDIA, INTERNATIONAL, COMPANY
}
