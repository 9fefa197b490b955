package mx.snt.vinculo.agreements;

import java.io.Serializable;
import java.util.List;

/** Two saved versions of an agreement's text side by side. */
public record AgreementComparison(long agreementId, String title, int left, int right, List<TextDiff.Row> rows)
        implements Serializable {
}
