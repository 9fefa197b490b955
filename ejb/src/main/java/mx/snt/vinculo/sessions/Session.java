package mx.snt.vinculo.sessions;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import mx.snt.vinculo.common.AuthoredEntity;
import mx.snt.vinculo.common.MexicoCity;
import mx.snt.vinculo.common.ValidationException;
import mx.snt.vinculo.directory.Member;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.visibility.Visibility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A session of a workspace's body (commission, region, plenary): the aggregate of its agenda
 * items, attendance and acuerdos, and its only way in, so no caller can skip a rule: the
 * workflow ({@link SessionState}) and the notice period here, the order of the agenda (voted
 * items never move) in {@link Agenda}, attendance, quorum and votes in {@link Floor}. Its version
 * guards the session and its agenda together: every agenda edit touches it, so two secretaries
 * editing the same agenda get one conflict, not a lost update. The table keeps its first name,
 * {@code meeting}.
 */
@Entity
@Table(name = "meeting")
public class Session extends AuthoredEntity {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "workspace_id") private Workspace workspace;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private SessionKind kind;
    @Column(name = "seq_number", nullable = false) private int number;
    @Column(name = "seq_year", nullable = false) private int year;
    @Column(nullable = false, length = 300) private String title;
    @Column(name = "starts_at", nullable = false) private Instant startsAt;
    @Column(name = "duration_min", nullable = false) private int durationMinutes;
    @Column(nullable = false, length = 300) private String place;
    @Column(name = "remote_url", length = 1000) private String remoteUrl;
    @Column(name = "livestream_url", length = 1000) private String livestreamUrl;
    @Column(name = "recording_url", length = 1000) private String recordingUrl;
    @Column(name = "remote_voting", nullable = false) private boolean remoteVoting;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private SessionState state;
    @Column(name = "cancel_reason", length = 1000) private String cancelReason;
    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) private Visibility visibility;
    @Column(name = "current_item_id") private Long currentItemId;
    @Column(name = "convened_at") private Instant convenedAt;
    @Column(name = "started_at") private Instant startedAt;
    /** Who presides, named at start: the member whose vote breaks a tie when the body grants it. */
    @Column(name = "chair_member_id") private Long chairMemberId;
    @Column(name = "ended_at") private Instant endedAt;
    @Lob @Column(name = "acta_text") private String actaText;
    @Column(name = "acta_approved_in") private Long actaApprovedIn;
    @Column(name = "acta_file_id") private Long actaFileId;
    /** The stenographic version: a text, a file, or both (editable after the session, never before). */
    @Lob @Column(name = "steno_text") private String stenoText;
    @Column(name = "steno_file_id") private Long stenoFileId;
    /** The plain-language summary ("en lenguaje ciudadano") and its translations into indigenous languages. */
    @Lob @Column(name = "plain_summary") private String plainSummary;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "meeting_summary_translation", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "language", length = 8) @Column(name = "summary", length = CitizenSummary.MAX_LENGTH)
    private java.util.Map<String, String> summaryTranslations = new java.util.HashMap<>();
    /** The iCalendar SEQUENCE: raised by every change a calendar program must follow (the UID never changes). */
    @Column(name = "ics_sequence", nullable = false) private int icsSequence;
    /** The chair keeps attendance open: members may check themselves in remotely, for the secretary to confirm. */
    @Column(name = "attendance_open", nullable = false) private boolean attendanceOpen;
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST) @OrderBy("position") private List<AgendaItem> items = new ArrayList<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST) private List<Attendance> attendance = new ArrayList<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST) @OrderBy("number") private List<Acuerdo> acuerdos = new ArrayList<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST) @OrderBy("requestedAt") private List<SpeakingTurn> speakers = new ArrayList<>();
    @OneToMany(mappedBy = "session", cascade = CascadeType.PERSIST) private List<RemoteCheckIn> checkIns = new ArrayList<>();

    protected Session() {
    }

    /** A new session, PLANNED and private to its workspace until it is published. */
    public Session(Workspace workspace, SessionKind kind, int number, int year, String title, Instant startsAt,
                   int durationMinutes, String place, String createdBy, Instant now) {
        super(createdBy, now);
        this.workspace = workspace;
        this.kind = kind;
        this.number = number;
        this.year = year;
        this.title = title;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.state = SessionState.PLANNED;
        this.visibility = Visibility.PRIVATE;
    }

    public Long getId() { return id; }
    public Workspace getWorkspace() { return workspace; }
    public SessionKind getKind() { return kind; }
    public String label() { return SessionRules.label(kind, number, year); }
    public int getNumber() { return number; }
    public int getYear() { return year; }
    public String getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public int getDurationMinutes() { return durationMinutes; }
    public String getPlace() { return place; }
    public String getRemoteUrl() { return remoteUrl; }
    public String getLivestreamUrl() { return livestreamUrl; }
    public String getRecordingUrl() { return recordingUrl; }
    public boolean isRemoteVoting() { return remoteVoting; }
    public SessionState getState() { return state; }
    public String getCancelReason() { return cancelReason; }
    public Visibility getVisibility() { return visibility; }
    public Long getCurrentItemId() { return currentItemId; }
    public Instant getConvenedAt() { return convenedAt; }
    public Instant getStartedAt() { return startedAt; }
    public Long getChairMemberId() { return chairMemberId; }
    public Instant getEndedAt() { return endedAt; }
    public String getActaText() { return actaText; }
    public Long getActaApprovedIn() { return actaApprovedIn; }
    public Long getActaFileId() { return actaFileId; }
    public int getIcsSequence() { return icsSequence; }
    public boolean isAttendanceOpen() { return attendanceOpen; }
    public String getStenoText() { return stenoText; }
    public Long getStenoFileId() { return stenoFileId; }
    public CitizenSummary citizenSummary() { return new CitizenSummary(plainSummary, summaryTranslations); }
    /** The agenda in order. */
    public List<AgendaItem> getItems() { return List.copyOf(items); }
    public List<Acuerdo> getAcuerdos() { return List.copyOf(acuerdos); }

    // ---------------------------------------------------------------- details

    /**
     * Date, place and links, while the agenda is editable. A convened session moved to another
     * time must still meet the notice period, counted from today. Returns what changed that
     * members and their calendars must learn (nothing: the calendar's SEQUENCE stays).
     */
    public List<ConvocationChange> reschedule(SessionPlan p, NoticePolicy notice, LocalDate today, Instant now) {
        if (!state.agendaEditable()) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        String t = SessionPlan.required(p.title(), "session.title.required", SessionPlan.MAX_TITLE);
        String where = SessionPlan.required(p.place(), "session.place.required", SessionPlan.MAX_TITLE);
        Instant newStart = p.startsAt();
        if (state == SessionState.CONVENED && !newStart.equals(startsAt)) {
            notice.check(today, newStart);
        }
        int minutes = SessionPlan.duration(p.durationMinutes());
        String remote = SessionPlan.url(p.remoteUrl());
        List<ConvocationChange> changes = new ArrayList<>();
        for (ConvocationChange c : new ConvocationChange[]{
                ConvocationChange.of(ConvocationChange.What.TITLE, title, t),
                ConvocationChange.of(ConvocationChange.What.WHEN, startsAt, newStart),
                ConvocationChange.of(ConvocationChange.What.DURATION, durationMinutes, minutes),
                ConvocationChange.of(ConvocationChange.What.PLACE, place, where),
                ConvocationChange.of(ConvocationChange.What.REMOTE_URL, remoteUrl, remote)}) {
            if (c != null) {
                changes.add(c);
            }
        }
        details(t, newStart, minutes, where, remote, SessionPlan.url(p.livestreamUrl()), p.remoteVoting(), now);
        if (!changes.isEmpty()) {
            calendarChanged();
        }
        return List.copyOf(changes);
    }

    /** Sets the details as given (already checked), e.g. right after planning. */
    public void details(String title, Instant startsAt, int durationMinutes, String place, String remoteUrl,
                        String livestreamUrl, boolean remoteVoting, Instant now) {
        this.title = title;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.remoteUrl = remoteUrl;
        this.livestreamUrl = livestreamUrl;
        this.remoteVoting = remoteVoting;
        touch(now);
    }

    /** Livestream before and during, recording after: editable at any time. */
    public void links(String livestreamUrl, String recordingUrl, Instant now) {
        this.livestreamUrl = SessionPlan.url(livestreamUrl);
        this.recordingUrl = SessionPlan.url(recordingUrl);
        touch(now);
    }

    // ---------------------------------------------------------------- the agenda

    /**
     * Adds an item at the end of the agenda while it is editable. {@code ref} is the session
     * whose acta the item approves (another session of the same body), {@code proposalId} the
     * accepted proposal it comes from; both may be null.
     */
    public AgendaItem addItem(ItemInput in, Session ref, Long proposalId, Instant now) {
        AgendaItem item = editableAgenda().add(this, in, ref, proposalId);
        calendarChanged();
        touch(now);
        return item;
    }

    public void editItem(AgendaItem item, ItemInput in, Session ref, Instant now) {
        owned(item);
        String listed = item.getTitle() + "\n" + item.getPresenter();
        editableAgenda().edit(this, item, in, ref);
        // The calendar shows titles and presenters, not the items' texts.
        if (!listed.equals(item.getTitle() + "\n" + item.getPresenter())) {
            calendarChanged();
        }
        touch(now);
    }

    /** Removes an item (the caller deletes it and its attachments) and closes the gap. */
    public void removeItem(AgendaItem item, Instant now) {
        owned(item);
        editableAgenda().remove(item);
        calendarChanged();
        touch(now);
    }

    /**
     * Moves an item to another place of the agenda. During the session a reason is required and
     * recorded (items are taken in order unless the body agrees otherwise). A voted item (or one
     * being voted) keeps its place: moving it, or moving another item across it, is refused, so
     * the number of its acuerdo, which carries its position, stays unique.
     */
    public void moveItem(AgendaItem item, int newPosition, String reason, Instant now) {
        owned(item);
        agenda().move(state, item, newPosition, reason);
        if (state.agendaEditable()) {
            calendarChanged();
        }
        touch(now);
    }

    /** Documents may be attached until the session is published or cancelled. */
    public void attachTo(AgendaItem item, Instant now) {
        owned(item);
        if (state == SessionState.CANCELLED || state == SessionState.PUBLISHED) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        touch(now);
    }

    // ---------------------------------------------------------------- the workflow

    /**
     * Who may see the session, chosen when it is planned: a public session (plenaries that are broadcast) is followed by
     * anyone from the start; any other becomes public when it is published.
     */
    public void plannedAs(Visibility v) {
        if (state != SessionState.PLANNED) {
            throw new mx.snt.vinculo.common.ValidationException("session.state.wrong", state.name());
        }
        this.visibility = v == null ? Visibility.PRIVATE : v;
    }

    /** The only way the state changes: refused unless {@link SessionState} allows the move. */
    public void moveTo(SessionState next, Instant now) {
        requireMove(next);
        this.state = next;
        touch(now);
        switch (next) {
            case CONVENED -> convenedAt = now;
            case IN_PROGRESS -> startedAt = now;
            case CLOSED -> endedAt = now;
            case PUBLISHED -> visibility = Visibility.PUBLIC;
            default -> { }
        }
    }

    /** Convenes: refused unless the agenda has items and the notice period is met. */
    public void convene(NoticePolicy notice, LocalDate today, Instant now) {
        requireMove(SessionState.CONVENED);
        if (agenda().isEmpty()) {
            throw new ValidationException("session.agenda.empty");
        }
        notice.check(today, startsAt);
        moveTo(SessionState.CONVENED, now);
        calendarChanged();
    }

    public void cancel(String reason, Instant now) {
        requireMove(SessionState.CANCELLED);
        this.cancelReason = SessionPlan.required(reason, "session.cancel.reason", 1000);
        moveTo(SessionState.CANCELLED, now);
        calendarChanged();
    }

    /**
     * Records how a member of the workspace attends, before or during the session.
     * Returns the status recorded before (null: none).
     */
    public AttendanceStatus recordAttendance(Member member, boolean memberOfWorkspace, AttendanceStatus status, Instant now) {
        if (state != SessionState.CONVENED && state != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        return floor().attend(member, memberOfWorkspace, status, now);
    }

    /**
     * Starts the session: on its day, not before {@code lead} ahead of the hour convened
     * (Mexico City time), only with quorum, and with the chair named among the voting members
     * present ({@code voters}) when the body's chair breaks ties ({@code chairRequired}). The
     * first item becomes the current one.
     */
    public void start(Quorum quorum, Duration lead, Long chairId, Collection<Long> voters, boolean chairRequired, Instant now) {
        requireMove(SessionState.IN_PROGRESS);
        Instant earliest = SessionRules.earliestStart(startsAt, lead);
        if (now.isBefore(earliest)) {
            throw new ValidationException("session.start.early", SessionRules.DAY.format(startsAt.atZone(MexicoCity.ZONE)),
                    SessionRules.HOUR.format(startsAt.atZone(MexicoCity.ZONE)),
                    SessionRules.HOUR.format(earliest.atZone(MexicoCity.ZONE)));
        }
        this.currentItemId = floor().open(quorum, chairId, voters, chairRequired);
        this.chairMemberId = chairId;
        moveTo(SessionState.IN_PROGRESS, now);
        current().ifPresent(first -> stampChapter(first, now));
    }

    /**
     * The chair takes up an item. Items are taken in order: the next one, or back to an earlier
     * one; skipping ahead needs the item moved first, with a recorded reason.
     */
    public void takeUp(AgendaItem item, Instant now) {
        onFloor(item).checkTakeUp(item, current());
        if (!item.getId().equals(currentItemId)) {
            speakersList().endSpeaking(now);
        }
        this.currentItemId = item.getId();
        stampChapter(item, now);
        touch(now);
    }

    /**
     * The item's chapter in the recording: the seconds from the start when it is first taken up
     * (going back to an earlier item keeps its first chapter). The first item is taken up at start.
     */
    private void stampChapter(AgendaItem item, Instant now) {
        if (item.getRecordingOffset() == null && startedAt != null) {
            item.chapter(SessionRules.chapterOffset(startedAt, now));
        }
    }

    /**
     * Makes a convened (or running) session public ahead of its publication: the convocation,
     * order of the day and transmission are public, as the law asks of the bodies' sessions.
     * Acuerdos stay private until the session is published with its acta.
     */
    public void announce(Instant now) {
        if (state != SessionState.CONVENED && state != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        this.visibility = Visibility.PUBLIC;
        touch(now);
    }

    /**
     * The recording's chapters (item id → seconds, null clears one) and the stenographic version, once the
     * session has been held: before it there is nothing to record.
     */
    public void recordingDetails(java.util.Map<Long, Integer> chapters, String stenoText, Instant now) {
        if (startedAt == null || state == SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        for (var e : chapters.entrySet()) {
            AgendaItem item = agenda().byId(e.getKey()).orElseThrow(() -> new ValidationException("session.item.otherSession"));
            item.chapter(SessionRules.checkedOffset(e.getValue(), durationMinutes));
        }
        this.stenoText = stenoText == null || stenoText.isBlank() ? null : stenoText.strip();
        if (this.stenoText != null && this.stenoText.length() > SessionRules.MAX_STENO) {
            throw new ValidationException("session.steno.tooLong", SessionRules.MAX_STENO);
        }
        touch(now);
    }

    /** The session's plain-language summary and its translations (any state: it says what the session is about). */
    public void summarize(CitizenSummary summary, Instant now) {
        this.plainSummary = summary.text();
        this.summaryTranslations.clear();
        this.summaryTranslations.putAll(summary.translations());
        touch(now);
    }

    /**
     * One of this session's acuerdos gets its plain-language summary; the session is touched, so its version
     * guards the acuerdos' summaries too (two editors get a conflict, not a lost update).
     */
    public Acuerdo summarizeAcuerdo(long acuerdoId, CitizenSummary summary, Instant now) {
        Acuerdo a = acuerdos.stream().filter(x -> x.getId() != null && x.getId() == acuerdoId).findFirst()
                .orElseThrow(() -> new ValidationException("summary.acuerdo.otherSession"));
        a.summarize(summary);
        touch(now);
        return a;
    }

    /**
     * The stenographic version's file (a PDF or a text file kept by the file store), once the session has been
     * held, like its text; null removes it.
     */
    public void stenoFile(Long fileId, Instant now) {
        if (fileId != null && (startedAt == null || state == SessionState.IN_PROGRESS)) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        this.stenoFileId = fileId;
        touch(now);
    }

    /** Opens the vote on the current item, if no other vote is open. */
    public void openVote(AgendaItem item, Instant now) {
        onFloor(item).openVote(item, currentItemId);
        touch(now);
    }

    /**
     * A voting member's vote (cast by themselves when {@code self}, else recorded by the
     * secretary). {@code voters}: the member ids of the commissioners present.
     */
    public void castVote(AgendaItem item, Member member, Collection<Long> voters, VoteChoice choice, boolean self,
                         String castBy, Instant now) {
        onFloor(item).castVote(item, member, voters, choice, self, remoteVoting, castBy, now);
    }

    /**
     * Closes the vote once every voting member of its base has voted and issues the acuerdo by
     * the item's rule; {@code castingVote}: the body's chair breaks ties. Final: no ballot of a
     * closed vote changes.
     */
    public Acuerdo closeVote(AgendaItem item, Collection<Long> voters, boolean castingVote, Instant now) {
        Acuerdo a = onFloor(item).closeVote(item, voters, chairMemberId, castingVote, now);
        touch(now);
        return a;
    }

    /**
     * A voting member present recuses themselves from an item before its vote closes (or the
     * secretary records it): recorded with the reason, out of the base, no vote on it.
     */
    public void recuse(AgendaItem item, Member member, Collection<Long> voters, String reason, String by, Instant now) {
        onFloor(item).recuse(item, member, voters, reason, by, now);
        touch(now);
    }

    /**
     * Records a vote taken outside the hub (the demo seed, a migration): the item's vote is
     * opened and closed with the given tally, under the same state rules as any vote.
     */
    public Acuerdo recordVote(AgendaItem item, Tally tally, Instant now) {
        takeUp(item, now);
        openVote(item, now);
        Acuerdo a = floor().issue(item, tally, now);
        touch(now);
        return a;
    }

    /** Closes the session; no vote may be left open. The acta is drafted next from its facts. */
    public void close(Instant now) {
        requireMove(SessionState.CLOSED);
        floor().checkNoVoteOpen();
        speakersList().endSpeaking(now);
        this.currentItemId = null;
        this.attendanceOpen = false;
        moveTo(SessionState.CLOSED, now);
    }

    /** The acta's narrative: drafted at closing, edited by the secretary until it is approved. */
    public void acta(String text, Instant now) {
        requireState(SessionState.CLOSED);
        this.actaText = ActaText.narrative(text);
        touch(now);
    }

    /** Another session approved this one's acta (an item "previous acta" of it was approved). */
    public void actaApprovedIn(long sessionId, Instant now) {
        moveTo(SessionState.ACTA_APPROVED, now);
        this.actaApprovedIn = sessionId;
    }

    /** Makes the session and its acuerdos public. */
    public void publish(Instant now) {
        moveTo(SessionState.PUBLISHED, now);
        acuerdos.forEach(Acuerdo::publish);
    }

    /** The signed acta's PDF, stored when the session is published. */
    public void actaFile(long fileId) {
        this.actaFileId = fileId;
    }

    // ---------------------------------------------------------------- remote attendance

    /**
     * The chair opens (or closes) attendance: while it is open, members check themselves in
     * remotely. Only on a convened session or one in progress.
     */
    public void attendanceOpen(boolean open, Instant now) {
        if (state != SessionState.CONVENED && state != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        this.attendanceOpen = open;
        touch(now);
    }

    /**
     * A member of the body says they attend remotely, while attendance is open; not once they
     * are recorded as attending, nor twice while the first waits for the secretary.
     */
    public RemoteCheckIn checkInRemotely(Member member, boolean memberOfWorkspace, Instant now) {
        if (state != SessionState.CONVENED && state != SessionState.IN_PROGRESS) {
            throw new ValidationException("session.state.wrong", state.name());
        }
        if (!attendanceOpen) {
            throw new ValidationException("session.remote.closed");
        }
        if (member == null || !memberOfWorkspace) {
            throw new ValidationException("session.attendance.notMember");
        }
        if (attendanceOf(member.getId()).map(AttendanceStatus::present).orElse(false)) {
            throw new ValidationException("session.remote.already");
        }
        Optional<RemoteCheckIn> found = checkInOf(member.getId());
        if (found.isPresent()) {
            if (found.get().isPending()) {
                throw new ValidationException("session.remote.pending");
            }
            found.get().again(now);
            return found.get();
        }
        RemoteCheckIn c = new RemoteCheckIn(this, member, now);
        checkIns.add(c);
        return c;
    }

    /**
     * The secretary confirms a member's remote check-in: the member attends remotely (counts for
     * quorum, and votes if remote voting is allowed). Returns the attendance recorded before.
     */
    public AttendanceStatus confirmRemote(Member member, String by, Instant now) {
        RemoteCheckIn c = member == null ? null : checkInOf(member.getId()).filter(RemoteCheckIn::isPending).orElse(null);
        if (c == null) {
            throw new ValidationException("session.remote.none");
        }
        AttendanceStatus before = recordAttendance(member, true, AttendanceStatus.REMOTE, now);
        c.confirm(by, now);
        return before;
    }

    // ---------------------------------------------------------------- the speakers' list

    /** A member present asks for the floor on the item taken up. */
    public SpeakingTurn askForFloor(Member member, Instant now) {
        requireState(SessionState.IN_PROGRESS);
        boolean present = member != null && attendanceOf(member.getId()).map(AttendanceStatus::present).orElse(false);
        return speakersList().ask(current().orElse(null), member, present, now);
    }

    /** The chair gives the floor to a request of the current item; the speaker before (if any) ends. */
    public Optional<SpeakingTurn> giveFloor(SpeakingTurn turn, String by, Instant now) {
        requireState(SessionState.IN_PROGRESS);
        return speakersList().give(turn, current().orElse(null), by, now);
    }

    /** The chair ends the current speaker's turn. */
    public void endFloor(SpeakingTurn turn, Instant now) {
        requireState(SessionState.IN_PROGRESS);
        speakersList().end(turn, now);
    }

    /** A member takes back their request before it is given. */
    public void withdrawFromFloor(SpeakingTurn turn, Member member, Instant now) {
        requireState(SessionState.IN_PROGRESS);
        speakersList().withdraw(turn, member, now);
    }

    /** The speakers' requests, oldest first. */
    public List<SpeakingTurn> getSpeakers() { return List.copyOf(speakers); }

    // ---------------------------------------------------------------- internals

    private Optional<AttendanceStatus> attendanceOf(long memberId) {
        return attendance.stream().filter(a -> a.getMember().getId() == memberId).map(Attendance::getStatus).findFirst();
    }

    private Optional<RemoteCheckIn> checkInOf(long memberId) {
        return checkIns.stream().filter(c -> c.getMember().getId() == memberId).findFirst();
    }

    private SpeakersList speakersList() {
        return new SpeakersList(this, speakers);
    }

    /** The event in calendar programs changed (time, place, agenda, status): a higher SEQUENCE makes them update it. */
    private void calendarChanged() {
        icsSequence++;
    }

    public Optional<AgendaItem> current() {
        return agenda().byId(currentItemId);
    }

    private Agenda agenda() {
        return new Agenda(items);
    }

    private Floor floor() {
        return new Floor(this, agenda(), attendance, acuerdos);
    }

    /** The floor, for a vote on one of this session's items while it is in progress. */
    private Floor onFloor(AgendaItem item) {
        requireState(SessionState.IN_PROGRESS);
        owned(item);
        return floor();
    }

    private void owned(AgendaItem item) {
        if (item == null || item.getSession() != this) {
            throw new ValidationException("session.item.otherSession");
        }
    }

    private void requireMove(SessionState next) {
        if (!state.canMoveTo(next)) {
            throw new ValidationException("session.transition", state.name(), next.name());
        }
    }

    private void requireState(SessionState expected) {
        if (state != expected) {
            throw new ValidationException("session.state.wrong", state.name());
        }
    }

    /** The agenda, while its items may be added, edited and removed. */
    private Agenda editableAgenda() {
        if (!state.agendaEditable()) {
            throw new ValidationException("session.agenda.locked", state.name());
        }
        return agenda();
    }
}
