package mx.snt.vinculo.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Instant;

/** What a closed vote yields: a numbered, stable record of the decision. */
@Entity
@Table(name = "acuerdo")
public class Acuerdo {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Session session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Column(nullable = false, length = 80)
    private String number;

    @Lob
    @Column(nullable = false)
    private String text;

    @Column(nullable = false, length = 12)
    private String result;

    @Column(name = "votes_for", nullable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;

    @Column(nullable = false)
    private int abstentions;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_rule", nullable = false, length = 24)
    private VoteRule voteRule = VoteRule.SIMPLE_MAJORITY_PRESENT;

    @Column(name = "secret_ballot", nullable = false)
    private boolean secret;

    /** The chair's casting vote decided a tie. */
    @Column(name = "casting_vote", nullable = false)
    private boolean castingVote;

    @Column(nullable = false)
    private int recusals;

    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Visibility visibility;

    /** The plain-language summary ("en lenguaje ciudadano") and its translations into indigenous languages. */
    @Lob
    @Column(name = "plain_summary")
    private String plainSummary;

    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "acuerdo_summary_translation", joinColumns = @JoinColumn(name = "acuerdo_id"))
    @jakarta.persistence.MapKeyColumn(name = "language", length = 8)
    @Column(name = "summary", length = CitizenSummary.MAX_LENGTH)
    private java.util.Map<String, String> summaryTranslations = new java.util.HashMap<>();

    protected Acuerdo() {
    }

    Acuerdo(Session session, AgendaItem item, String number, String text, String result, Tally tally, boolean secret,
            Instant now) {
        this(session, item, number, text, result, tally.votesFor(), tally.votesAgainst(), tally.abstentions(), now);
        this.voteRule = tally.rule();
        this.castingVote = tally.byCastingVote();
        this.recusals = tally.recused();
        this.secret = secret;
    }

    Acuerdo(Session session, AgendaItem item, String number, String text, String result, int votesFor,
            int votesAgainst, int abstentions, Instant now) {
        this.session = session;
        this.item = item;
        this.workspaceId = session.getWorkspace().getId();
        this.number = number;
        this.text = text;
        this.result = result;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.abstentions = abstentions;
        this.adoptedAt = now;
        // Private until the session is published with its acta, even when the session itself was announced publicly.
        this.visibility = Visibility.PRIVATE;
    }

    public Long getId() { return id; }
    public Session getSession() { return session; }
    public AgendaItem getItem() { return item; }
    public String getNumber() { return number; }
    public String getText() { return text; }
    public String getResult() { return result; }
    public int getVotesFor() { return votesFor; }
    public int getVotesAgainst() { return votesAgainst; }
    public int getAbstentions() { return abstentions; }
    public Instant getAdoptedAt() { return adoptedAt; }
    public VoteRule getVoteRule() { return voteRule; }
    public boolean isSecret() { return secret; }
    public boolean isCastingVote() { return castingVote; }
    public int getRecusals() { return recusals; }
    public Visibility getVisibility() { return visibility; }

    public CitizenSummary citizenSummary() { return new CitizenSummary(plainSummary, summaryTranslations); }

    /** Through {@link Session#summarizeAcuerdo}, which guards it with the session's version. */
    void summarize(CitizenSummary summary) {
        this.plainSummary = summary.text();
        this.summaryTranslations.clear();
        this.summaryTranslations.putAll(summary.translations());
    }

    void publish() {
        this.visibility = Visibility.PUBLIC;
    }
}
