package mx.snt.vinculo.agreements;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.agreements.AgreementInputs.Filter;
import mx.snt.vinculo.common.KeptAnswers;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.files.FileContent;
import mx.snt.vinculo.files.FileStore;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.security.Callers;

import java.time.Clock;
import java.util.List;

/** Reading agreements, for pages, the API and the spreadsheet: only what the caller may see. */
@Stateless
public class AgreementQueries {

    @EJB
    private Callers callers;

    @EJB
    private AgreementRepository repository;

    @EJB
    private AgreementAssembler assembler;

    @EJB
    private FileStore files;

    @Inject
    private Clock clock;

    /** The agreement with everything its page shows, if the caller may see it; otherwise not found. */
    public AgreementDetail get(long id) {
        Caller caller = callers.current();
        // Kept per person and day while the data does not change (KeptAnswers), the visibility check included: the
        // same person and the same data give the same answer, and a refusal (an exception) is never kept.
        return KeptAnswers.get("agreement detail\u0000" + id + "\u0000" + caller.username() + "\u0000" + MexicoCity.today(clock),
                () -> assembler.detail(repository.visible(id, caller), caller));
    }

    /** Agreements the caller may see, filtered and paged in the database, newest change first. */
    public Page<AgreementRow> list(Filter filter, int first, int size) {
        return repository.list(callers.current(), filter, MexicoCity.today(clock), first, size);
    }

    /** The same filtering as {@link #list}, unpaged up to 5,000 rows, for the spreadsheet. */
    public List<AgreementRow> export(Filter filter) {
        return repository.export(callers.current(), filter, MexicoCity.today(clock));
    }

    /** Counts by state, by year (of drafting) and type, expiring soon and overdue, among what the caller may see. */
    public AgreementDashboard dashboard() {
        return repository.dashboard(callers.current(), MexicoCity.today(clock));
    }

    /** Two saved versions of the text side by side. */
    public AgreementComparison compare(long id, int left, int right) {
        Agreement a = repository.visible(id, callers.current());
        return new AgreementComparison(a.getId(), a.getTitle(), left, right,
                TextDiff.ofHtml(repository.textOf(a, left), repository.textOf(a, right)));
    }

    /** One saved version's text (sanitized when saved). */
    public String versionText(long id, int number) {
        return repository.textOf(repository.visible(id, callers.current()), number);
    }

    /** An attachment's bytes, after the agreement's visibility check. */
    public FileContent attachment(long id, long attachmentId) {
        Agreement a = repository.visible(id, callers.current());
        AgreementAttachment t = repository.attachment(attachmentId).orElseThrow(NotFoundException::new);
        if (!t.getAgreement().getId().equals(a.getId())) {
            throw new NotFoundException();
        }
        return files.read(t.getFileId());
    }
}
