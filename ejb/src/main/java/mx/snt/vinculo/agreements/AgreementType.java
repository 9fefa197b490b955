package mx.snt.vinculo.agreements;

/** Convenio de coordinación (between public bodies), de concertación (with society) or de colaboración. */
public enum AgreementType {
    COORDINACION, CONCERTACION, COLABORACION
}
