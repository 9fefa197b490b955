package mx.snt.vinculo.agreements;

/** An annex of the agreement or the signed PDF (which must be a PDF). */
public enum AttachmentKind {
    ANNEX, SIGNED_PDF
}
