package mx.snt.vinculo.publicsite;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.snt.vinculo.common.NotFoundException;
import mx.snt.vinculo.common.Page;
import mx.snt.vinculo.directory.Workspace;
import mx.snt.vinculo.directory.WorkspaceType;
import mx.snt.vinculo.files.FileRef;
import mx.snt.vinculo.security.Caller;
import mx.snt.vinculo.sessions.AgendaItem;
import mx.snt.vinculo.sessions.Session;
import mx.snt.vinculo.sessions.SessionState;
import mx.snt.vinculo.visibility.VisibilityRule;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public site's pages, one call each: the home, a commission's or region's page, a public
 * session by its clean address, an acuerdo by its number, and the two registers. A page that
 * names nothing public throws {@link NotFoundException} (the public 404), whoever asks.
 */
@Stateless
public class PublicSite {

    /** How many rows the home and a unit page show per list (the registers page further). */
    static final int SHORT_LIST = 5;

    private static final List<SessionState> UPCOMING = List.of(SessionState.CONVENED);
    private static final List<SessionState> HELD = List.of(SessionState.CLOSED, SessionState.ACTA_APPROVED, SessionState.PUBLISHED);

    @EJB
    private PublicQueries queries;

    @Inject
    private Clock clock;

    public PublicHome home() {
        // Eight statements: the units in one, and no list here counts its rows (none shows a total).
        Instant now = clock.instant();
        Map<WorkspaceType, List<PublicUnit>> units = queries.allUnits();
        PublicUnit network = units.get(WorkspaceType.NETWORK).stream().findFirst().orElseThrow(NotFoundException::new);
        return new PublicHome(network, units.get(WorkspaceType.BODY), units.get(WorkspaceType.COMMISSION),
                units.get(WorkspaceType.REGION),
                queries.latestSessions(null, List.of(SessionState.IN_PROGRESS), null, true, SHORT_LIST),
                queries.latestSessions(null, UPCOMING, now, true, SHORT_LIST),
                queries.latestSessions(null, List.of(SessionState.PUBLISHED), null, false, SHORT_LIST),
                queries.latestAcuerdos(null, SHORT_LIST),
                queries.guides(null, SHORT_LIST));
    }

    /** The commissions, then the regions (the registers' filter). */
    public List<PublicUnit> units() {
        List<PublicUnit> out = new ArrayList<>(queries.units(WorkspaceType.COMMISSION));
        out.addAll(queries.units(WorkspaceType.REGION));
        return List.copyOf(out);
    }

    /** A commission's or region's page, by type and slug ("cvpdcs"). */
    public PublicUnitPage unit(WorkspaceType type, String slug) {
        if (type != WorkspaceType.COMMISSION && type != WorkspaceType.REGION) {
            throw new NotFoundException();
        }
        Workspace w = PublicAddress.code(slug).flatMap(code -> queries.unit(type, code)).orElseThrow(NotFoundException::new);
        long id = w.getId();
        return new PublicUnitPage(PublicQueries.unit(w), w.getDescription(), w.getCoordinator(), w.getTechnicalSecretary(),
                queries.memberBodies(id), queries.social(id),
                queries.latestSessions(id, null, null, false, 12),
                queries.latestAcuerdos(id, SHORT_LIST),
                queries.latestAgreementsInForce(id, w.getCode(), SHORT_LIST),
                queries.guides(id, SHORT_LIST));
    }

    /** The public session a clean address names ({@code cvpdcs}, {@code 2026}, {@code so-03}). */
    public PublicSession session(String slug, String year, String label) {
        Session s = PublicAddress.sessionKey(slug, year, label).flatMap(queries::session).orElseThrow(NotFoundException::new);
        return session(s);
    }

    /** The clean address of a session by id, if it is public (old {@code ver.xhtml?id=} links redirect there). */
    public String sessionPath(long id) {
        Session s = queries.em().find(Session.class, id);
        if (s == null || !VisibilityRule.canSee(Caller.anonymous(), s.getWorkspace().getId(), s.getVisibility())) {
            throw new NotFoundException();
        }
        return PublicAddress.session(s.getWorkspace().getCode(), s.getYear(), s.getKind(), s.getNumber());
    }

    /**
     * Where the old link of an agreement ({@code /convenios/ver.xhtml?id=}) leads the public: the register of
     * agreements in force, filtered by its title, at its card; not found unless it is public and in force.
     */
    public String agreementPath(long id) {
        mx.snt.vinculo.agreements.Agreement g = queries.em().find(mx.snt.vinculo.agreements.Agreement.class, id);
        if (g == null || g.getState() != mx.snt.vinculo.agreements.AgreementState.IN_FORCE
                || !VisibilityRule.canSee(Caller.anonymous(), g.getWorkspace().getId(), g.getVisibility())) {
            throw new NotFoundException();
        }
        return PublicAddress.AGREEMENTS + "?q=" + java.net.URLEncoder.encode(g.getTitle(), java.nio.charset.StandardCharsets.UTF_8)
                + "#convenio-" + id;
    }

    private PublicSession session(Session s) {
        Map<Long, List<FileRef>> files = new HashMap<>();
        for (Object[] row : queries.em().createQuery("SELECT f.item.id, sf.id, sf.originalName, sf.mediaType, sf.size, sf.sha256,"
                        + " sf.uploadedBy, sf.uploadedAt FROM ItemFile f, StoredFile sf WHERE sf.id = f.fileId"
                        + " AND f.item.session.id = :s ORDER BY f.id", Object[].class)
                .setParameter("s", s.getId()).getResultList()) {
            // Who uploaded a file is the members' business: the public sees its name, type and size.
            files.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new FileRef((Long) row[1], (String) row[2],
                    (String) row[3], ((Number) row[4]).longValue(), (String) row[5], null, (Instant) row[7]));
        }
        List<PublicItem> items = new ArrayList<>();
        for (AgendaItem i : s.getItems()) {
            items.add(new PublicItem(i.getId(), i.getPosition(), i.getKind(), i.getTitle(), i.getPresenter(), i.getBody(),
                    i.getRecordingOffset(), List.copyOf(files.getOrDefault(i.getId(), List.of()))));
        }
        Workspace w = s.getWorkspace();
        boolean held = s.getStartedAt() != null;
        return new PublicSession(s.getId(), w.getCode(), w.getAcronym(), w.getName(), PublicAddress.unit(w.getType(), w.getCode()),
                s.getKind(), s.getNumber(), s.getYear(), s.getTitle(), s.getStartsAt(), s.getDurationMinutes(), s.getPlace(),
                s.getState(), s.getLivestreamUrl(), held ? s.getRecordingUrl() : null, held ? s.getStenoText() : null,
                held ? s.getStenoFileId() : null, s.getState() == SessionState.PUBLISHED, List.copyOf(items),
                queries.acuerdos(AcuerdoFilter.ANY, null, s.getId(), 0, 200).items(),
                PublicAddress.session(w.getCode(), s.getYear(), s.getKind(), s.getNumber()), s.citizenSummary());
    }

    /** An acuerdo by the code of its address ({@code CVPDCS-SO-03-2026-04}), if it is published. */
    public PublicAcuerdoRow acuerdo(String code) {
        return PublicAddress.acuerdoNumber(code).flatMap(queries::acuerdo).orElseThrow(NotFoundException::new);
    }

    public Page<PublicAcuerdoRow> acuerdos(AcuerdoFilter filter, int first, int size) {
        return queries.acuerdos(filter, null, null, Page.clampFirst(first), Page.clampSize(size));
    }

    public Page<PublicAgreementRow> agreementsInForce(String text, int first, int size) {
        if (text != null && text.length() > 200) {
            throw new mx.snt.vinculo.common.ValidationException("public.filter.text");
        }
        return queries.agreementsInForce(text, null, null, Page.clampFirst(first), Page.clampSize(size));
    }

    /** Public sessions: upcoming ones soonest first, or held ones newest first, optionally of one commission or region. */
    public Page<PublicSessionRow> sessions(String unitCode, boolean upcoming, int first, int size) {
        Long ws = null;
        if (unitCode != null && !unitCode.isBlank()) {
            String code = unitCode.strip().toUpperCase(java.util.Locale.ROOT);
            ws = queries.unit(WorkspaceType.COMMISSION, code).or(() -> queries.unit(WorkspaceType.REGION, code))
                    .map(Workspace::getId).orElseThrow(() -> new mx.snt.vinculo.common.ValidationException("public.filter.unit"));
        }
        Instant now = clock.instant();
        return upcoming
                ? queries.sessions(ws, List.of(SessionState.CONVENED, SessionState.IN_PROGRESS), now.minusSeconds(12 * 3600), null,
                true, Page.clampFirst(first), Page.clampSize(size))
                : queries.sessions(ws, HELD, null, null, false, Page.clampFirst(first), Page.clampSize(size));
    }

    /** The public sessions of a month (the calendar), soonest first. */
    public List<PublicSessionRow> month(java.time.YearMonth month) {
        if (month.getYear() < 2000 || month.getYear() > 2100) {
            throw new mx.snt.vinculo.common.ValidationException("public.filter.year");
        }
        Instant from = month.atDay(1).atStartOfDay(mx.snt.vinculo.common.MexicoCity.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(mx.snt.vinculo.common.MexicoCity.ZONE).toInstant();
        return queries.sessions(null, null, from, to, true, 0, 500).items();
    }

    /** Every public address the sitemap lists (pages of units, public sessions and acuerdos). */
    public List<String> sitemap() {
        List<String> out = new ArrayList<>(List.of("/", PublicAddress.SESSIONS, PublicAddress.ACUERDOS, PublicAddress.AGREEMENTS));
        queries.units(WorkspaceType.COMMISSION).forEach(u -> out.add(u.path()));
        queries.units(WorkspaceType.REGION).forEach(u -> out.add(u.path()));
        int first = 0;
        Page<PublicSessionRow> sessions;
        do {
            sessions = queries.sessions(null, null, null, null, false, first, Page.MAX_SIZE);
            sessions.items().forEach(r -> out.add(r.path()));
            first += Page.MAX_SIZE;
        } while (first < sessions.total() && first < 50_000);
        first = 0;
        Page<PublicAcuerdoRow> acuerdos;
        do {
            acuerdos = queries.acuerdos(AcuerdoFilter.ANY, null, null, first, Page.MAX_SIZE);
            acuerdos.items().forEach(r -> out.add(r.path()));
            first += Page.MAX_SIZE;
        } while (first < acuerdos.total() && first < 50_000);
        return List.copyOf(out);
    }
}
