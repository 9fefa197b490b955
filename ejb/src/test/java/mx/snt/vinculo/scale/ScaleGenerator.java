package mx.snt.vinculo.scale;

import mx.snt.vinculo.directory.DirectoryCsv;
import mx.snt.vinculo.directory.WorkspaceType;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates a network's worth of data into a migrated, empty database, table by table in dependency order, keeping
 * the rules the aggregates guard:
 * <ul>
 *   <li>sessions follow PLANNED → CONVENED → IN_PROGRESS → CLOSED → ACTA_APPROVED → PUBLISHED (or CANCELLED) by their
 *   date; a session's acta is approved by the "previous acta" item of the next session held by the same workspace;
 *   numbers run per workspace, kind and year;</li>
 *   <li>only sessions that were held have attendance; quorum (more than half the commissioners) is always met; only
 *   attendees present in the room or remotely cast ballots, every one of them on every voted item; each closed vote
 *   has its acuerdo, whose counts are the ballots' and whose result is the item's (simple majority present);</li>
 *   <li>agreements reach their state through the workflow's moves (each one a timeline step and an audit entry),
 *   with the dates in order (created, approved by an acuerdo, signed by every party, validity) and the visibility
 *   the workflow gives (PUBLIC from IN_FORCE on);</li>
 *   <li>proposals answer calls inside the call's window, are evaluated before they are accepted or rejected and
 *   withdrawn only while submitted; adhesions and adoptions come from other bodies, once each, and the counts on
 *   the proposal and the entry match them;</li>
 *   <li>what the hub would have published has its outbox row, already DELIVERED.</li>
 * </ul>
 * The search index is not written here: each instance rebuilds its Lucene index from the database at start-up when
 * the index is missing or belongs to another database (the {@code search_change} epoch row of the migrations).
 */
final class ScaleGenerator {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");
    private static final String SYSTEM = "sistema";

    private final Volumes volumes;
    private final Random random;
    private final Loader out;
    private final PrintStream log;
    private final Instant now;
    private final LocalDate today;
    private final LocalDate windowStart;

    private final List<Ws> workspaces = new ArrayList<>();
    private final List<Ws> bodies = new ArrayList<>();
    private final List<Ws> guarantors = new ArrayList<>();
    private final List<Ws> commissions = new ArrayList<>();
    private final List<Ws> regions = new ArrayList<>();
    private Ws network;
    private final List<Person> people = new ArrayList<>();
    private final Map<Long, List<Person>> membersOf = new HashMap<>();
    private final Map<Long, List<Person>> staffOf = new HashMap<>();
    /** Approved acuerdos of PROPOSAL items, by workspace and date: what an agreement's approval can cite. */
    private final Map<Long, TreeMap<Instant, String>> approvals = new HashMap<>();

    private long auditId;
    private long outboxId;

    ScaleGenerator(Connection connection, Volumes volumes, long seed, PrintStream log) throws SQLException {
        this.volumes = volumes;
        this.random = new Random(seed);
        this.log = log;
        this.out = new Loader(connection, log);
        this.now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        this.today = LocalDate.ofInstant(now, MEXICO);
        this.windowStart = today.minusDays(365);
    }

    /** Writes everything; returns the rows written per table. */
    Map<String, Long> run() throws SQLException, IOException {
        declareTables();
        directory();
        out.endPhase("directorio");
        people();
        composition();
        out.endPhase("personas");
        sessions();
        out.endPhase("sesiones");
        agreements();
        out.endPhase("convenios");
        proposals();
        out.endPhase("propuestas");
        library();
        out.endPhase("acervo");
        Map<String, Long> totals = out.totals();
        out.close();
        return totals;
    }

    private void declareTables() throws SQLException {
        out.table("workspace", "id, type, code, acronym, name, body_kind, state_name, active, version");
        out.table("member", "id, username, email, first_name, last_name, locale, home_body_id, last_login, version");
        out.table("member_role", "member_id, role_name");
        out.table("membership", "id, member_id, workspace_id");
        out.table("workspace_body", "id, workspace_id, body_id");
        out.table("meeting", "id, workspace_id, kind, seq_number, seq_year, title, starts_at, duration_min, place, remote_url,"
                + " livestream_url, recording_url, remote_voting, state, cancel_reason, visibility, convened_at, started_at,"
                + " ended_at, acta_text, acta_approved_in, created_by, created_at, updated_at, version, ics_sequence, chair_member_id");
        out.table("meeting_item", "id, meeting_id, position, kind, title, presenter, body, ref_meeting_id, vote_state, result,"
                + " vote_rule, secret_ballot");
        out.table("meeting_attendance", "id, meeting_id, member_id, status, recorded_at");
        out.table("meeting_ballot", "id, item_id, member_id, choice, cast_at, cast_by");
        out.table("acuerdo", "id, meeting_id, item_id, workspace_id, number, text, result, votes_for, votes_against,"
                + " abstentions, adopted_at, visibility, vote_rule, secret_ballot, casting_vote, recusals");
        out.table("agreement", "id, workspace_id, agreement_type, title, purpose, body_html, text_version, state, visibility,"
                + " public_in_force, legal_cleared, acuerdo_number, acuerdo_date, validity_start, validity_end, signed_on,"
                + " ended_on, end_reason, renewed_from_id, created_by, created_at, updated_at, version");
        out.table("agreement_party", "id, agreement_id, body_id, category, name, signatory, signatory_title, contact_name,"
                + " contact_email, signed_on, signature_by, position_no");
        out.table("agreement_text_version", "id, agreement_id, version_no, body_html, saved_by, saved_at");
        out.table("agreement_step", "id, agreement_id, occurred_at, actor, action, from_state, to_state, comment_text");
        out.table("agreement_commitment", "id, agreement_id, party_id, description, responsible, due_date, status, evidence,"
                + " updated_at, version");
        out.table("proposal_call", "id, workspace_id, title, topic, description, open_to_all, opens_on, closes_on, visibility,"
                + " created_by, created_at, version");
        out.table("proposal", "id, call_id, workspace_id, body_id, author, title, summary, text_html, topic, state, answer,"
                + " visibility, adhesion_count, submitted_at, updated_at, version");
        out.table("proposal_adhesion", "id, proposal_id, body_id, username, created_at");
        out.table("proposal_comment", "id, proposal_id, parent_id, author, text_body, hidden, created_at, version");
        out.table("library_entry", "id, workspace_id, title, authors, pub_year, entry_type, keywords, summary, lang, licence,"
                + " links, visibility, downloads, adoption_count, created_by, created_at, updated_at, version");
        out.table("library_entry_topic", "entry_id, topic");
        out.table("library_adoption", "id, entry_id, body_id, adopted_on, note, username, created_at");
        out.table("audit_event", "id, occurred_at, actor, entity_type, entity_id, action, from_state, to_state, detail,"
                + " workspace_id, visibility, item_type, item_id");
        out.table("outbox_event", "id, created_at, event_type, aggregate_type, aggregate_id, aggregate_version, workspace_id,"
                + " payload, idempotency_key, status, attempts, next_attempt_at, delivered_at");
    }

    // --- directory and people ------------------------------------------------------------------------------------

    private static final Map<String, String> REGION_OF = regionOf();

    private static Map<String, String> regionOf() {
        Map<String, String> m = new HashMap<>();
        for (String c : "BC BCS CHIH COAH DGO NL SIN SON TAMPS".split(" ")) m.put(c, "RNORTE");
        for (String c : "AGS COL GTO JAL MICH NAY QRO SLP ZAC".split(" ")) m.put(c, "RCO");
        for (String c : "CDMX GRO HGO MEX MOR PUE TLAX".split(" ")) m.put(c, "RCENTRO");
        for (String c : "CAM CHIS OAX QROO TAB VER YUC".split(" ")) m.put(c, "RSURESTE");
        return m;
    }

    /** The directory as the hub's DirectorySeed loads it: the network and the CSV's 51 units (36 bodies). */
    private void directory() throws SQLException, IOException {
        List<DirectoryCsv.Entry> entries;
        try (Reader r = new InputStreamReader(ScaleGenerator.class.getResourceAsStream("/directory/network-directory.csv"),
                StandardCharsets.UTF_8)) {
            entries = DirectoryCsv.parse(r);
        }
        network = new Ws(1, WorkspaceType.NETWORK, "SNT", "SNT",
                "Sistema Nacional de Transparencia, Acceso a la Información Pública y Protección de Datos Personales", null);
        out.row("workspace", network.id, "NETWORK", network.code, network.acronym, network.name, null, null, true, 0);
        workspaces.add(network);
        long id = 2;
        for (DirectoryCsv.Entry e : entries) {
            Ws w = new Ws(id++, e.type(), e.code(), e.acronym(), e.name(), e.bodyKind() == null ? null : e.bodyKind().name());
            out.row("workspace", w.id, e.type(), e.code(), e.acronym(), e.name(), w.bodyKind, e.state(), true, 0);
            workspaces.add(w);
            switch (e.type()) {
                case BODY -> {
                    bodies.add(w);
                    if ("ORGANISMO_GARANTE".equals(w.bodyKind)) {
                        guarantors.add(w);
                    }
                }
                case COMMISSION -> commissions.add(w);
                case REGION -> regions.add(w);
                default -> { }
            }
        }
        for (Ws w : workspaces) {
            membersOf.put(w.id, new ArrayList<>());
            staffOf.put(w.id, new ArrayList<>());
        }
    }

    private Ws body(String code) {
        return bodies.stream().filter(b -> b.code.equals(code)).findFirst().orElseThrow();
    }

    private Ws byCode(String code) {
        return workspaces.stream().filter(b -> b.code.equals(code)).findFirst().orElseThrow();
    }

    /**
     * The realm's demo accounts first (so that signing in as them finds their histories), then per body its
     * commissioners, a technical secretary and a legal reviewer, then staff spread over the bodies.
     */
    private void people() throws SQLException {
        String[][] demo = {
                {"ana.admin", "Ana", "Martínez Ruiz", "FED", "ADMIN", ""},
                {"carlos.comisionado", "Carlos", "Hernández Soto", "CDMX", "COMISIONADO", "CVPDCS CTIPNT RCENTRO"},
                {"sofia.secretaria", "Sofía", "Ramírez Luna", "JAL", "SECRETARIO_TECNICO", "CVPDCS RCO"},
                {"elena.comisionada", "Elena", "Castro Vega", "JAL", "COMISIONADO", "CVPDCS CPDP RCO"},
                {"mario.personal", "Mario", "Gómez Díaz", "JAL", "PERSONAL", "CPDP RCO"},
                {"pedro.personal", "Pedro", "López Treviño", "NL", "PERSONAL", "CTIPNT RNORTE"},
                {"lucia.juridico", "Lucía", "Pech Canul", "YUC", "JURIDICO", "CJCR RSURESTE"},
        };
        for (String[] d : demo) {
            List<Ws> spaces = new ArrayList<>();
            for (String code : d[5].split(" ")) {
                if (!code.isBlank()) spaces.add(byCode(code));
            }
            person(d[0], d[1], d[2], body(d[3]), d[4], spaces);
        }
        // A body's plenary has three to five commissioners (the state laws' range); each sits in one or two of the
        // SNT's commissions, so that a commission has some 25 voting members at national scale.
        int commissioners = Math.max(3, Math.min(5, (int) Math.round(volumes.people() * 0.2 / bodies.size())));
        for (Ws b : bodies) {
            for (int i = 0; i < commissioners; i++) {
                person(null, null, null, b, "COMISIONADO", commissionsFor(b, 1 + random.nextInt(2), true));
            }
            person(null, null, null, b, "SECRETARIO_TECNICO", commissionsFor(b, 1, true));
            person(null, null, null, b, "JURIDICO", commissionsFor(b, random.nextInt(2), false));
        }
        int i = 0;
        while (people.size() < volumes.people()) {
            Ws b = bodies.get(i++ % bodies.size());
            int roll = random.nextInt(100);
            String role = roll < 80 ? "PERSONAL" : roll < 90 ? "JURIDICO" : roll < 98 ? "SECRETARIO_TECNICO" : "ADMIN";
            person(null, null, null, b, role, commissionsFor(b, random.nextInt(100) < 25 ? 1 : 0, random.nextBoolean()));
        }
    }

    private List<Ws> commissionsFor(Ws body, int n, boolean region) {
        Set<Ws> chosen = new LinkedHashSet<>();
        while (chosen.size() < n) {
            chosen.add(commissions.get(random.nextInt(commissions.size())));
        }
        List<Ws> spaces = new ArrayList<>(chosen);
        String r = REGION_OF.get(body.code);
        if (region && r != null) {
            spaces.add(byCode(r));
        }
        return spaces;
    }

    private final Set<String> usernames = new java.util.HashSet<>();
    private long membershipId;

    private void person(String username, String first, String last, Ws home, String role, List<Ws> spaces) throws SQLException {
        if (first == null) {
            first = Phrases.pick(random, Phrases.FIRST_NAMES);
            last = Phrases.pick(random, Phrases.LAST_NAMES) + " " + Phrases.pick(random, Phrases.LAST_NAMES);
            String base = ascii(first + "." + last.substring(0, last.indexOf(' ')));
            username = base;
            for (int n = 2; usernames.contains(username); n++) {
                username = base + n;
            }
        }
        usernames.add(username);
        Person p = new Person(people.size() + 1L, username, first + " " + last, home, role);
        people.add(p);
        String email = username + "@" + home.code.toLowerCase() + ".vinculo.test";
        Instant lastLogin = random.nextInt(10) < 8 ? now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60))) : null;
        out.row("member", p.id, username, email, first, last, "es-MX", home.id, lastLogin, 0);
        out.row("member_role", p.id, role);
        List<Ws> all = new ArrayList<>();
        all.add(network);
        all.add(home);
        all.addAll(spaces);
        for (Ws w : all) {
            out.row("membership", ++membershipId, p.id, w.id);
            membersOf.get(w.id).add(p);
            if (!"COMISIONADO".equals(role) && !"ADMIN".equals(role)) {
                staffOf.get(w.id).add(p);
            }
        }
    }

    /**
     * The bodies that make up each region (the SNT's regional composition) and each commission (the bodies whose
     * commissioners sit in it): directory data the public site shows, and the demo seeder's sign that the
     * directory is already described.
     */
    private void composition() throws SQLException {
        long id = 0;
        for (Ws r : regions) {
            for (Ws b : bodies) {
                if (r.code.equals(REGION_OF.get(b.code))) {
                    out.row("workspace_body", ++id, r.id, b.id);
                }
            }
        }
        for (Ws c : commissions) {
            for (Ws b : voters(c).stream().map(Person::home).distinct().sorted(java.util.Comparator.comparing(w -> w.code)).toList()) {
                out.row("workspace_body", ++id, c.id, b.id);
            }
        }
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase()
                .replace(' ', '.');
    }

    /** The commissioners among a workspace's members: the session's voters. */
    private List<Person> voters(Ws w) {
        return membersOf.get(w.id).stream().filter(p -> "COMISIONADO".equals(p.role)).toList();
    }

    private Person anyOf(List<Person> list, Ws fallbackBody) {
        if (list.isEmpty()) {
            List<Person> home = membersOf.get(fallbackBody.id);
            return home.get(random.nextInt(home.size()));
        }
        return list.get(random.nextInt(list.size()));
    }

    // --- sessions ------------------------------------------------------------------------------------------------

    private long meetingId;
    private long itemId;
    private long attendanceId;
    private long ballotId;
    private long acuerdoId;

    /** Sessions spread over the last year and the next 45 days, per workspace in date order. */
    private void sessions() throws SQLException {
        // Weights: each body's plenary (the other SNT members less often), commissions twice as often, regions, and
        // a few plenaries of the whole network.
        List<Ws> host = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        for (Ws b : bodies) { host.add(b); weight.add("ORGANISMO_GARANTE".equals(b.bodyKind) ? 1.0 : 0.3); }
        for (Ws c : commissions) { host.add(c); weight.add(2.0); }
        for (Ws r : regions) { host.add(r); weight.add(1.5); }
        host.add(network);
        weight.add(0.4);
        double total = weight.stream().mapToDouble(Double::doubleValue).sum();
        Map<Ws, Integer> count = new HashMap<>();
        int assigned = 0;
        for (int i = 0; i < host.size(); i++) {
            int n = (int) Math.floor(volumes.sessions() * weight.get(i) / total);
            count.put(host.get(i), n);
            assigned += n;
        }
        for (int i = 0; assigned < volumes.sessions(); i = (i + 1) % host.size()) {
            count.merge(host.get(i), 1, Integer::sum);
            assigned++;
        }
        long seconds = Duration.between(windowStart.atStartOfDay(MEXICO).toInstant(), now.plus(Duration.ofDays(45))).getSeconds();
        int done = 0;
        long started = System.nanoTime();
        for (Ws w : host) {
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < count.get(w); i++) {
                days.add(LocalDate.ofInstant(windowStart.atStartOfDay(MEXICO).toInstant().plusSeconds((long) (random.nextDouble() * seconds)), MEXICO));
            }
            Collections.sort(days);
            workspaceSessions(w, days);
            done += days.size();
            if (System.nanoTime() - started > 5_000_000_000L) {
                log.printf("    … %,d de %,d sesiones%n", done, volumes.sessions());
                started = System.nanoTime();
            }
        }
    }

    private void workspaceSessions(Ws w, List<LocalDate> days) throws SQLException {
        List<Person> voters = voters(w);
        List<Person> staff = staffOf.get(w.id);
        Map<String, Integer> numbers = new HashMap<>();
        int n = days.size();
        // Which sessions were held (past, not cancelled), to chain the approval of each acta to the next one held.
        Instant[] starts = new Instant[n];
        boolean[] cancelled = new boolean[n];
        boolean[] held = new boolean[n];
        for (int i = 0; i < n; i++) {
            LocalTime at = random.nextBoolean() ? LocalTime.of(10, 0) : LocalTime.of(16, 30);
            starts[i] = days.get(i).atTime(at).atZone(MEXICO).toInstant();
            boolean past = starts[i].plus(Duration.ofHours(4)).isBefore(now);
            cancelled[i] = random.nextInt(100) < 4;
            held[i] = past && !cancelled[i];
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = ++meetingId;
        }
        int previousHeld = -1;
        for (int i = 0; i < n; i++) {
            int nextHeld = -1;
            for (int j = i + 1; j < n; j++) {
                if (held[j]) { nextHeld = j; break; }
            }
            boolean future = !held[i] && !cancelled[i];
            String kind = random.nextInt(100) < 80 ? "ORDINARY" : "EXTRAORDINARY";
            int year = days.get(i).getYear();
            int seq = numbers.merge(kind + year, 1, Integer::sum);
            String state;
            if (cancelled[i]) state = "CANCELLED";
            else if (future) state = Duration.between(now, starts[i]).toDays() <= 10 ? "CONVENED" : "PLANNED";
            else if (nextHeld < 0) state = "CLOSED";
            else state = random.nextInt(100) < 85 ? "PUBLISHED" : "ACTA_APPROVED";
            session(w, ids[i], kind, seq, year, starts[i], state, previousHeld < 0 ? null : ids[previousHeld],
                    nextHeld < 0 || !held[i] ? null : ids[nextHeld], voters, staff);
            if (held[i]) previousHeld = i;
        }
    }

    private void session(Ws w, long id, String kind, int seq, int year, Instant startsAt, String state, Long previousActa,
                         Long approvedIn, List<Person> voters, List<Person> staff) throws SQLException {
        boolean held = switch (state) { case "CLOSED", "ACTA_APPROVED", "PUBLISHED" -> true; default -> false; };
        boolean convened = held || "CONVENED".equals(state) || ("CANCELLED".equals(state) && random.nextBoolean());
        Person secretary = anyOf(staff, w.type == WorkspaceType.BODY ? w : guarantors.get(0));
        Person chair = voters.isEmpty() ? null : voters.get(0);
        String kindLabel = "ORDINARY".equals(kind) ? "ordinaria" : "extraordinaria";
        String title = String.format("%s sesión %s %d de %s", ordinal(seq), kindLabel, year, w.acronym);
        int duration = 60 + 30 * random.nextInt(5);
        Instant createdAt = startsAt.minus(Duration.ofDays(12 + random.nextInt(20)));
        Instant convenedAt = convened ? startsAt.minus(Duration.ofDays(6 + random.nextInt(4))) : null;
        Instant startedAt = held ? startsAt.plus(Duration.ofMinutes(random.nextInt(15))) : null;
        Instant endedAt = held ? startedAt.plus(Duration.ofMinutes(duration)) : null;
        String visibility = "PUBLISHED".equals(state) ? "PUBLIC" : random.nextBoolean() ? "NETWORK" : "PRIVATE";
        boolean remoteVoting = random.nextInt(100) < 40;
        String slug = w.code.toLowerCase() + "-" + id;
        Instant updatedAt = endedAt != null ? endedAt : convenedAt != null ? convenedAt : createdAt;
        if (approvedIn != null) {
            updatedAt = updatedAt.plus(Duration.ofDays(20));
        }
        String acta = held ? "Acta de la " + title + ". Con la asistencia de la mayoría de sus integrantes se declaró el"
                + " quórum legal y se desahogó el orden del día en los términos que se consignan a continuación." : null;
        out.row("meeting", id, w.id, kind, seq, year, title, startsAt, duration, Phrases.pick(random, Phrases.PLACES) + " de " + w.acronym,
                "https://reuniones.vinculo.test/" + slug, held || random.nextBoolean() ? "https://video.vinculo.test/vivo/" + slug : null,
                held && random.nextBoolean() ? "https://video.vinculo.test/grabacion/" + slug : null, remoteVoting, state,
                "CANCELLED".equals(state) ? Phrases.pick(random, Phrases.CANCEL_REASONS) : null, visibility, convenedAt,
                startedAt, endedAt, acta, approvedIn, secretary.username, createdAt, updatedAt, 3, convened ? 1 : 0,
                chair == null ? null : chair.id);
        audit(createdAt, secretary.username, "Session", id, "session.plan", null, "PLANNED", title, w.id, visibility, "Session", id);
        if (convenedAt != null) {
            audit(convenedAt, secretary.username, "Session", id, "session.state", "PLANNED", "CONVENED", null, w.id, visibility, "Session", id);
            outbox(convenedAt, "session.convened", "Session", id, 1, w.id, "{\"id\":" + id + ",\"title\":\"" + title + "\"}");
        }
        if ("CANCELLED".equals(state)) {
            audit(createdAt.plus(Duration.ofDays(3)), secretary.username, "Session", id, "session.cancel", convened ? "CONVENED" : "PLANNED",
                    "CANCELLED", null, w.id, visibility, "Session", id);
        }
        // Attendance of the held session: quorum is more than half the commissioners.
        List<Person> voting = new ArrayList<>();
        Set<Long> remote = new java.util.HashSet<>();
        if (held) {
            audit(startedAt, secretary.username, "Session", id, "session.state", "CONVENED", "IN_PROGRESS", null, w.id, visibility, "Session", id);
            int present = 0;
            String[] status = new String[voters.size()];
            for (int i = 0; i < voters.size(); i++) {
                int roll = random.nextInt(100);
                status[i] = roll < 78 ? "PRESENT" : roll < 90 ? "REMOTE" : roll < 96 ? "ABSENT" : "EXCUSED";
                if (!status[i].equals("ABSENT") && !status[i].equals("EXCUSED")) present++;
            }
            for (int i = 0; present <= voters.size() / 2 && i < voters.size(); i++) {
                if (status[i].equals("ABSENT") || status[i].equals("EXCUSED")) { status[i] = "PRESENT"; present++; }
            }
            for (int i = 0; i < voters.size(); i++) {
                out.row("meeting_attendance", ++attendanceId, id, voters.get(i).id, status[i], startedAt);
                if (status[i].equals("PRESENT") || status[i].equals("REMOTE")) {
                    voting.add(voters.get(i));
                }
                if (status[i].equals("REMOTE")) {
                    remote.add(voters.get(i).id);
                }
            }
            audit(endedAt, secretary.username, "Session", id, "session.state", "IN_PROGRESS", "CLOSED", null, w.id, visibility, "Session", id);
        }
        if (approvedIn != null) {
            audit(updatedAt, secretary.username, "Session", id, "session.acta.approve", "CLOSED", "ACTA_APPROVED", null, w.id, visibility, "Session", id);
        }
        if ("PUBLISHED".equals(state)) {
            audit(updatedAt, secretary.username, "Session", id, "session.state", "ACTA_APPROVED", "PUBLISHED", null, w.id, visibility, "Session", id);
            outbox(updatedAt, "session.published", "Session", id, 3, w.id, "{\"id\":" + id + ",\"title\":\"" + title + "\"}");
        }
        items(w, id, kind, seq, year, state, held, startedAt, previousActa, voting, remote, secretary, remoteVoting, visibility,
                8 + (int) ((id - 1) % 5), duration, updatedAt);
    }

    private static String ordinal(int n) {
        String[] words = {"Primera", "Segunda", "Tercera", "Cuarta", "Quinta", "Sexta", "Séptima", "Octava", "Novena", "Décima"};
        return n <= words.length ? words[n - 1] : n + "ª";
    }

    private void items(Ws w, long meeting, String kind, int seq, int year, String state, boolean held, Instant startedAt,
                       Long previousActa, List<Person> voting, Set<Long> remote, Person secretary, boolean remoteVoting, String visibility,
                       int count, int duration, Instant publishedAt) throws SQLException {
        for (int position = 1; position <= count; position++) {
            String itemKind;
            if (position == 1) itemKind = "AGENDA_APPROVAL";
            else if (position == 2 && previousActa != null) itemKind = "PREVIOUS_ACTA";
            else if (position == count) itemKind = "GENERAL_MATTERS";
            else itemKind = random.nextInt(100) < 35 ? "INFORMATION" : "PROPOSAL";
            String subject = Phrases.subject(random);
            String title = switch (itemKind) {
                case "AGENDA_APPROVAL" -> "Lista de asistencia, declaración de quórum y aprobación del orden del día";
                case "PREVIOUS_ACTA" -> "Aprobación del acta de la sesión anterior";
                case "GENERAL_MATTERS" -> "Asuntos generales";
                case "INFORMATION" -> String.format(Phrases.pick(random, Phrases.INFO_TITLES), subject);
                default -> String.format(Phrases.pick(random, Phrases.PROPOSAL_ITEM_TITLES), subject);
            };
            String body = switch (itemKind) {
                case "INFORMATION", "PROPOSAL" -> Phrases.paragraph(random, subject);
                default -> null;
            };
            boolean voted = held && (itemKind.equals("AGENDA_APPROVAL") || itemKind.equals("PREVIOUS_ACTA") || itemKind.equals("PROPOSAL"));
            long item = ++itemId;
            String result = null;
            int votesFor = 0, against = 0, abstain = 0;
            List<String> choices = new ArrayList<>();
            if (voted) {
                boolean contested = itemKind.equals("PROPOSAL") && random.nextInt(100) < 10;
                for (int i = 0; i < voting.size(); i++) {
                    int roll = random.nextInt(100);
                    String c = contested ? (roll < 55 ? "AGAINST" : roll < 85 ? "FOR" : "ABSTAIN")
                            : (roll < 88 ? "FOR" : roll < 94 ? "ABSTAIN" : "AGAINST");
                    if (!itemKind.equals("PROPOSAL") && c.equals("AGAINST")) c = "FOR";
                    choices.add(c);
                }
                for (String c : choices) {
                    switch (c) { case "FOR" -> votesFor++; case "AGAINST" -> against++; default -> abstain++; }
                }
                result = votesFor > against ? "APPROVED" : "REJECTED";
            }
            out.row("meeting_item", item, meeting, position, itemKind, title,
                    itemKind.equals("PROPOSAL") || itemKind.equals("INFORMATION") ? secretary.name : null, body,
                    itemKind.equals("PREVIOUS_ACTA") ? previousActa : null, voted ? "CLOSED" : "NONE", result,
                    "SIMPLE_MAJORITY_PRESENT", false);
            if (!voted) {
                continue;
            }
            // Votes are spread over the session's duration, in agenda order.
            Instant castAt = startedAt.plus(Duration.ofMinutes(duration).multipliedBy(position).dividedBy(count + 1));
            for (int i = 0; i < voting.size(); i++) {
                Person v = voting.get(i);
                out.row("meeting_ballot", ++ballotId, item, v.id, choices.get(i), castAt.plusMillis(200L * i),
                        // Without remote voting the secretary records the vote of a commissioner who attends remotely.
                        remoteVoting || !remote.contains(v.id) ? v.username : secretary.username);
            }
            String number = String.format("%s/%s/%02d/%d/%02d", w.code, "ORDINARY".equals(kind) ? "SO" : "SE", seq, year, position);
            boolean approved = "APPROVED".equals(result);
            String text = (approved ? "Se aprueba " : "No se aprueba ") + (approved ? "por mayoría de votos: " : "al no alcanzar la mayoría: ")
                    + title + "." + (body == null ? "" : " " + body);
            Instant adoptedAt = castAt.plus(Duration.ofMinutes(1));
            long acuerdo = ++acuerdoId;
            out.row("acuerdo", acuerdo, meeting, item, w.id, number, text, result, votesFor, against, abstain, adoptedAt,
                    visibility, "SIMPLE_MAJORITY_PRESENT", false, false, 0);
            audit(adoptedAt, secretary.username, "AgendaItem", item, "session.vote.close", "OPEN", result, title, w.id, visibility, "Session", meeting);
            if ("PUBLISHED".equals(state)) {
                outbox(publishedAt, "acuerdo.published", "Acuerdo", acuerdo, 0, w.id, "{\"number\":\"" + number + "\"}");
            }
            if (approved && itemKind.equals("PROPOSAL")) {
                approvals.computeIfAbsent(w.id, k -> new TreeMap<>()).put(adoptedAt, number);
            }
        }
    }

    // --- agreements ----------------------------------------------------------------------------------------------

    private long agreementId;
    private long partyId;
    private long textVersionId;
    private long stepId;
    private long commitmentId;

    private static final String[] AGREEMENT_STATES = {"DRAFT", "INTERNAL_REVIEW", "LEGAL_REVIEW", "APPROVED", "SIGNING",
            "SIGNED", "IN_FORCE", "EXPIRED", "TERMINATED", "RENEWED"};
    private static final int[] AGREEMENT_WEIGHTS = {10, 5, 5, 3, 4, 2, 43, 16, 5, 7};

    private void agreements() throws SQLException {
        int made = 0;
        while (made < volumes.agreements()) {
            String state = weighted(AGREEMENT_STATES, AGREEMENT_WEIGHTS);
            if ("RENEWED".equals(state) && made + 2 > volumes.agreements()) {
                state = "IN_FORCE";
            }
            made += agreement(state);
        }
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int x : weights) total += x;
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) return values[i];
        }
        return values[values.length - 1];
    }

    private record Party(long id, String name, String category, Long bodyId) { }

    /** One agreement (two for a renewal: the renewed one and its successor in force); returns how many. */
    private int agreement(String state) throws SQLException {
        Ws w = random.nextInt(100) < 75 ? guarantors.get(random.nextInt(guarantors.size())) : commissions.get(random.nextInt(commissions.size()));
        List<Person> staff = staffOf.get(w.id);
        Person drafter = anyOf(staff, w.type == WorkspaceType.BODY ? w : guarantors.get(0));
        String subject = Phrases.subject(random);
        String title = Phrases.cut(String.format(Phrases.pick(random, Phrases.AGREEMENT_TITLES), subject), 300);
        String purpose = "Establecer las bases de colaboración entre las partes para impulsar " + subject + ". "
                + Phrases.paragraph(random, subject);
        long duration = 365L * (1 + random.nextInt(3));
        LocalDate start = null, end = null, signed = null, ended = null, approvedOn = null;
        String endReason = null;
        LocalDate renewalOn = null;
        switch (state) {
            case "IN_FORCE" -> { start = today.minusDays(random.nextInt((int) duration - 1)); end = start.plusDays(duration); }
            case "EXPIRED" -> { end = today.minusDays(1 + random.nextInt(3 * 365)); start = end.minusDays(duration); ended = end; }
            case "TERMINATED" -> {
                start = today.minusDays(100 + random.nextInt(1400)); end = start.plusDays(duration);
                long span = Math.min(duration, java.time.temporal.ChronoUnit.DAYS.between(start, today));
                ended = start.plusDays(30 + random.nextInt((int) Math.max(1, span - 30)));
                endReason = Phrases.pick(random, Phrases.TERMINATION_REASONS);
            }
            case "RENEWED" -> {
                renewalOn = today.minusDays(130 + random.nextInt(570));
                end = renewalOn.plusDays(random.nextInt(60));
                start = end.minusDays(duration);
                ended = renewalOn;
            }
            case "SIGNED" -> { start = today.plusDays(10 + random.nextInt(60)); end = start.plusDays(duration); signed = today.minusDays(random.nextInt(20)); }
            case "SIGNING" -> { start = today.plusDays(20 + random.nextInt(90)); end = start.plusDays(duration); }
            default -> { }
        }
        if (start != null && signed == null && !"SIGNING".equals(state)) {
            signed = start.minusDays(random.nextInt(20));
        }
        switch (state) {
            case "APPROVED" -> approvedOn = today.minusDays(random.nextInt(30));
            case "SIGNING" -> approvedOn = today.minusDays(5 + random.nextInt(40));
            case "DRAFT", "INTERNAL_REVIEW", "LEGAL_REVIEW" -> { }
            default -> approvedOn = signed.minusDays(15 + random.nextInt(60));
        }
        String acuerdoNumber = null;
        if (approvedOn != null) {
            // Cite the acuerdo that approved it: the workspace's last approved proposal item up to that day, when the
            // generated year of sessions holds one; earlier approvals cite a session of their own year.
            TreeMap<Instant, String> cited = approvals.get(w.id);
            Map.Entry<Instant, String> e = cited == null ? null : cited.floorEntry(approvedOn.plusDays(1).atStartOfDay(MEXICO).toInstant());
            if (e != null && !LocalDate.ofInstant(e.getKey(), MEXICO).isBefore(approvedOn.minusDays(120))) {
                acuerdoNumber = e.getValue();
                approvedOn = LocalDate.ofInstant(e.getKey(), MEXICO);
            } else {
                acuerdoNumber = String.format("%s/SO/%02d/%d/%02d", w.code, 1 + random.nextInt(20), approvedOn.getYear(), 3 + random.nextInt(6));
            }
        }
        LocalDate createdOn = (approvedOn != null ? approvedOn : today).minusDays(20 + random.nextInt(130));
        Instant createdAt = createdOn.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(MEXICO).toInstant();
        int made = 1;
        long id = ++agreementId;
        boolean publicInForce = random.nextInt(100) < 92;
        boolean inForceOrAfter = switch (state) { case "IN_FORCE", "EXPIRED", "TERMINATED", "RENEWED" -> true; default -> false; };
        String visibility = inForceOrAfter && publicInForce ? "PUBLIC" : "PRIVATE";
        // Parties: the drafting body (or, for a commission, a guarantor body) first, then counterparties.
        Ws first = w.type == WorkspaceType.BODY ? w : guarantors.get(random.nextInt(guarantors.size()));
        int partyCount = "DRAFT".equals(state) ? 1 + random.nextInt(3) : 2 + random.nextInt(3);
        boolean allSigned = signed != null;
        List<Party> parties = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        boolean anyPrivate = false, allBodies = true;
        for (int pos = 0; pos < partyCount; pos++) {
            String category;
            Ws bodyParty = null;
            String name;
            if (pos == 0) { category = "BODY"; bodyParty = first; }
            else {
                category = weighted(new String[]{"BODY", "UNIVERSITY", "CIVIL_SOCIETY", "MEDIA", "INTERNATIONAL", "COMPANY"},
                        new int[]{40, 25, 15, 8, 7, 5});
                if ("BODY".equals(category)) bodyParty = bodies.get(random.nextInt(bodies.size()));
            }
            name = switch (category) {
                case "BODY" -> bodyParty.name;
                case "UNIVERSITY" -> Phrases.pick(random, Phrases.UNIVERSITIES);
                case "CIVIL_SOCIETY" -> Phrases.pick(random, Phrases.CIVIL_SOCIETY);
                case "MEDIA" -> Phrases.pick(random, Phrases.MEDIA);
                case "INTERNATIONAL" -> Phrases.pick(random, Phrases.INTERNATIONAL);
                default -> Phrases.pick(random, Phrases.COMPANIES);
            };
            if (!names.add(name)) {
                continue;
            }
            allBodies &= "BODY".equals(category);
            anyPrivate |= "CIVIL_SOCIETY".equals(category) || "COMPANY".equals(category);
            String signatory = Phrases.pick(random, Phrases.FIRST_NAMES) + " " + Phrases.pick(random, Phrases.LAST_NAMES) + " "
                    + Phrases.pick(random, Phrases.LAST_NAMES);
            String signatoryTitle = switch (category) {
                case "BODY" -> "Comisionada o Comisionado Presidente";
                case "UNIVERSITY" -> "Rectoría";
                default -> "Dirección General";
            };
            LocalDate partySigned = allSigned ? signed.minusDays(random.nextInt(10))
                    : "SIGNING".equals(state) && pos % 2 == 0 ? today.minusDays(random.nextInt(5)) : null;
            if (partySigned != null && approvedOn != null && partySigned.isBefore(approvedOn)) {
                partySigned = approvedOn;
            }
            long pid = ++partyId;
            out.row("agreement_party", pid, id, bodyParty == null ? null : bodyParty.id, category, name, signatory, signatoryTitle,
                    "Unidad de vinculación", "vinculacion" + pid + "@contacto.vinculo.test", partySigned,
                    partySigned == null ? null : drafter.username, parties.size());
            parties.add(new Party(pid, name, category, bodyParty == null ? null : bodyParty.id));
        }
        String type = allBodies ? "COORDINACION" : anyPrivate ? "CONCERTACION" : "COLABORACION";
        // Text versions: the drafts saved before review.
        int versions = "DRAFT".equals(state) ? 1 + random.nextInt(2) : 2 + random.nextInt(2);
        String html = null;
        for (int v = 1; v <= versions; v++) {
            html = agreementHtml(title, subject, parties, v);
            out.row("agreement_text_version", ++textVersionId, id, v, html, drafter.username,
                    createdAt.plus(Duration.ofDays(2L * v)));
        }
        // The workflow's moves, each a timeline step and an audit entry.
        List<String> path = new ArrayList<>(List.of("DRAFT"));
        for (String s : new String[]{"INTERNAL_REVIEW", "LEGAL_REVIEW", "APPROVED", "SIGNING"}) {
            if (path.get(path.size() - 1).equals(state)) break;
            path.add(s);
        }
        if (!path.get(path.size() - 1).equals(state)) {
            if ("SIGNED".equals(state)) path.add("SIGNED");
            else {
                path.add("IN_FORCE");
                if (!"IN_FORCE".equals(state)) path.add(state);
            }
        }
        Instant at = createdAt;
        Instant approvedAt = approvedOn == null ? null : approvedOn.atTime(13, 0).atZone(MEXICO).toInstant();
        Instant updatedAt = createdAt;
        step(id, createdAt, drafter.username, "create", null, "DRAFT", null);
        audit(createdAt, drafter.username, "Agreement", id, "agreement.create", null, "DRAFT", title, w.id, visibility, "Agreement", id);
        for (int i = 1; i < path.size(); i++) {
            String from = path.get(i - 1), to = path.get(i);
            at = switch (to) {
                case "INTERNAL_REVIEW" -> createdAt.plus(Duration.ofDays(2L * versions + 1));
                case "LEGAL_REVIEW" -> createdAt.plus(Duration.ofDays(2L * versions + 5));
                case "APPROVED" -> approvedAt;
                case "SIGNING" -> approvedAt.plus(Duration.ofDays(1));
                case "SIGNED" -> signed.atTime(12, 0).atZone(MEXICO).toInstant();
                case "IN_FORCE" -> start.atTime(0, 5).atZone(MEXICO).toInstant();
                case "EXPIRED" -> end.plusDays(1).atTime(0, 5).atZone(MEXICO).toInstant();
                default -> ended.atTime(11, 0).atZone(MEXICO).toInstant();
            };
            if (at.isAfter(now)) at = now;
            if (at.isBefore(updatedAt)) at = updatedAt.plusSeconds(60);
            boolean system = to.equals("SIGNED") || to.equals("IN_FORCE") || to.equals("EXPIRED");
            String actor = system ? SYSTEM : drafter.username;
            String comment = to.equals("TERMINATED") ? endReason : null;
            step(id, at, actor, "transition", from, to, comment);
            audit(at, actor, "Agreement", id, "agreement.transition", from, to, comment, w.id, visibility, "Agreement", id);
            outbox(at, "agreement.stateChanged", "Agreement", id, i, w.id, "{\"id\":" + id + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
            if (to.equals("IN_FORCE") && publicInForce) {
                outbox(at, "agreement.published", "Agreement", id, i, w.id, "{\"id\":" + id + ",\"title\":\"" + title.replace("\"", "") + "\"}");
            }
            updatedAt = at;
        }
        boolean legalCleared = approvedOn != null;
        out.row("agreement", id, w.id, type, title, Phrases.cut(purpose, 4000), html, versions, state, visibility, publicInForce,
                legalCleared, acuerdoNumber, approvedOn, start, end, signed, ended, endReason, null, drafter.username,
                createdAt, updatedAt, path.size());
        // Commitments once the text is agreed (from signing on), due within the validity.
        if (start != null && !parties.isEmpty()) {
            int commitments = 1 + random.nextInt(4);
            for (int c = 0; c < commitments; c++) {
                Party p = parties.get(random.nextInt(parties.size()));
                LocalDate due = start.plusDays(30 + random.nextInt((int) Math.max(31, duration - 30)));
                if (due.isAfter(end)) due = end;
                String status;
                if (due.isBefore(today)) status = random.nextInt(100) < 82 || !"IN_FORCE".equals(state) ? "DONE" : "OVERDUE";
                else status = random.nextInt(100) < 60 ? "PENDING" : "IN_PROGRESS";
                String description = Phrases.cut(String.format(Phrases.pick(random, Phrases.COMMITMENTS).replace("%d", String.valueOf(2 + random.nextInt(8))),
                        Phrases.subject(random)), 1000);
                out.row("agreement_commitment", ++commitmentId, id, p.id, description, "Titular de la unidad de vinculación de " + Phrases.cut(p.name, 150),
                        due, status, "DONE".equals(status) ? "Informe de cumplimiento entregado y publicado en el micrositio." : null,
                        updatedAt, "DONE".equals(status) ? 2 : 0);
            }
        }
        if ("RENEWED".equals(state)) {
            made += successor(id, w, type, title, purpose, html, drafter, renewalOn, parties, publicInForce);
        }
        return made;
    }

    /** The renewal's successor: created on the day of the renewal with the same parties and text, now in force. */
    private int successor(long predecessor, Ws w, String type, String title, String purpose, String html, Person drafter,
                          LocalDate renewedOn, List<Party> parties, boolean publicInForce) throws SQLException {
        long id = ++agreementId;
        Instant createdAt = renewedOn.atTime(11, 0).atZone(MEXICO).toInstant();
        LocalDate approvedOn = renewedOn.plusDays(20 + random.nextInt(20));
        LocalDate signed = approvedOn.plusDays(10 + random.nextInt(20));
        LocalDate start = signed.plusDays(random.nextInt(10));
        LocalDate end = start.plusDays(365L * (2 + random.nextInt(2)));
        String visibility = publicInForce ? "PUBLIC" : "PRIVATE";
        String number = String.format("%s/SO/%02d/%d/%02d", w.code, 1 + random.nextInt(20), approvedOn.getYear(), 3 + random.nextInt(6));
        TreeMap<Instant, String> cited = approvals.get(w.id);
        Map.Entry<Instant, String> e = cited == null ? null : cited.floorEntry(approvedOn.atStartOfDay(MEXICO).toInstant());
        if (e != null && e.getKey().isAfter(createdAt)) {
            number = e.getValue();
            approvedOn = LocalDate.ofInstant(e.getKey(), MEXICO);
        }
        int pos = 0;
        for (Party p : parties) {
            out.row("agreement_party", ++partyId, id, p.bodyId, p.category, p.name, "Titular", null, null, null,
                    signed, drafter.username, pos++);
        }
        out.row("agreement_text_version", ++textVersionId, id, 1, html, drafter.username, createdAt);
        step(id, createdAt, drafter.username, "create", null, "DRAFT", "renews:" + predecessor);
        audit(createdAt, drafter.username, "Agreement", id, "agreement.create", null, "DRAFT", title, w.id, visibility, "Agreement", id);
        String[] path = {"DRAFT", "INTERNAL_REVIEW", "LEGAL_REVIEW", "APPROVED", "SIGNING", "IN_FORCE"};
        Instant[] when = {createdAt, createdAt.plus(Duration.ofDays(3)), createdAt.plus(Duration.ofDays(8)),
                approvedOn.atTime(13, 0).atZone(MEXICO).toInstant(), approvedOn.plusDays(1).atTime(10, 0).atZone(MEXICO).toInstant(),
                start.atTime(0, 5).atZone(MEXICO).toInstant()};
        for (int i = 1; i < path.length; i++) {
            Instant at = when[i].isAfter(when[i - 1]) ? when[i] : when[i - 1].plusSeconds(60);
            when[i] = at;
            String actor = "IN_FORCE".equals(path[i]) ? SYSTEM : drafter.username;
            step(id, at, actor, "transition", path[i - 1], path[i], null);
            audit(at, actor, "Agreement", id, "agreement.transition", path[i - 1], path[i], null, w.id, visibility, "Agreement", id);
            outbox(at, "agreement.stateChanged", "Agreement", id, i, w.id, "{\"id\":" + id + ",\"from\":\"" + path[i - 1] + "\",\"to\":\"" + path[i] + "\"}");
            if ("IN_FORCE".equals(path[i]) && publicInForce) {
                outbox(at, "agreement.published", "Agreement", id, i, w.id, "{\"id\":" + id + "}");
            }
        }
        out.row("agreement", id, w.id, type, title, Phrases.cut(purpose, 4000), html, 1, "IN_FORCE", visibility, publicInForce, true,
                number, approvedOn, start, end, signed, null, null, predecessor, drafter.username, createdAt, when[path.length - 1], 6);
        return 1;
    }

    private String agreementHtml(String title, String subject, List<Party> parties, int version) {
        StringBuilder sb = new StringBuilder("<h2>").append(title).append("</h2><h3>Declaraciones</h3><ol>");
        for (Party p : parties) {
            sb.append("<li>").append(p.name).append(" declara que cuenta con atribuciones para celebrar el presente convenio.</li>");
        }
        sb.append("</ol><h3>Cláusulas</h3><ol><li>Objeto. Las partes colaborarán para impulsar ").append(subject).append(".</li>");
        for (int i = 0; i < 2 + version; i++) {
            sb.append("<li>").append(Phrases.paragraph(random, Phrases.subject(random))).append("</li>");
        }
        sb.append("<li>Vigencia. El presente convenio surtirá efectos a partir de su firma.</li></ol>");
        return sb.toString();
    }

    private void step(long agreement, Instant at, String actor, String action, String from, String to, String comment) throws SQLException {
        out.row("agreement_step", ++stepId, agreement, at, actor, action, from, to, comment);
    }

    // --- proposals -----------------------------------------------------------------------------------------------

    private static final String[] TOPICS = {"TRANSPARENCY", "ACCESS_TO_INFORMATION", "PERSONAL_DATA", "ACCOUNTABILITY",
            "OPEN_GOVERNMENT", "ARCHIVES"};
    private long adhesionId;
    private long commentId;

    private record Call(long id, Ws workspace, String topic, LocalDate opens, LocalDate closes, String visibility) { }

    private void proposals() throws SQLException {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < volumes.calls(); i++) {
            Ws w = random.nextInt(100) < 80 ? commissions.get(random.nextInt(commissions.size())) : regions.get(random.nextInt(regions.size()));
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            LocalDate opens = windowStart.plusDays(random.nextInt(330));
            LocalDate closes = opens.plusDays(30 + random.nextInt(45));
            String visibility = random.nextInt(100) < 70 ? "NETWORK" : "PUBLIC";
            Person by = anyOf(staffOf.get(w.id), guarantors.get(0));
            String subject = Phrases.subject(random);
            String title = Phrases.cut("Convocatoria de propuestas sobre " + subject, 200);
            long id = i + 1L;
            Instant createdAt = opens.minusDays(3).atTime(10, 0).atZone(MEXICO).toInstant();
            out.row("proposal_call", id, w.id, title, topic, "La " + w.name + " invita a los integrantes del Sistema Nacional a presentar"
                    + " propuestas sobre " + subject + ". " + Phrases.paragraph(random, subject), true, opens, closes, visibility,
                    by.username, createdAt, 0);
            audit(createdAt, by.username, "ProposalCall", id, "proposal.call.open", null, "OPEN", title, w.id, visibility, "ProposalCall", id);
            outbox(createdAt, "call.opened", "ProposalCall", id, 0, w.id, "{\"id\":" + id + "}");
            calls.add(new Call(id, w, topic, opens, closes, visibility));
        }
        List<Person> authors = people.stream().filter(p -> !"COMISIONADO".equals(p.role)).toList();
        long started = System.nanoTime();
        for (int i = 0; i < volumes.proposals(); i++) {
            Call call = random.nextInt(100) < 70 ? calls.get(random.nextInt(calls.size())) : null;
            Person author = authors.get(random.nextInt(authors.size()));
            Ws w = call != null ? call.workspace : commissions.get(random.nextInt(commissions.size()));
            LocalDate from = call != null ? call.opens : windowStart;
            LocalDate to = call != null ? (call.closes.isBefore(today) ? call.closes : today) : today;
            if (to.isBefore(from)) to = from;
            LocalDate day = from.plusDays(random.nextInt((int) Math.max(1, ChronoUnit.DAYS.between(from, to) + 1)));
            Instant submitted = day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(MEXICO).toInstant();
            if (submitted.isAfter(now)) submitted = now.minusSeconds(3600);
            proposal(i + 1L, call, w, author, submitted);
            if (System.nanoTime() - started > 5_000_000_000L) {
                log.printf("    … %,d de %,d propuestas%n", i + 1, volumes.proposals());
                started = System.nanoTime();
            }
        }
    }

    private void proposal(long id, Call call, Ws w, Person author, Instant submitted) throws SQLException {
        long ageDays = Duration.between(submitted, now).toDays();
        String state;
        int roll = random.nextInt(100);
        if (ageDays < 15) state = roll < 85 ? "SUBMITTED" : "WITHDRAWN";
        else if (ageDays < 45) state = roll < 30 ? "SUBMITTED" : roll < 90 ? "UNDER_EVALUATION" : "WITHDRAWN";
        else state = roll < 8 ? "SUBMITTED" : roll < 25 ? "UNDER_EVALUATION" : roll < 68 ? "ACCEPTED" : roll < 92 ? "REJECTED" : "WITHDRAWN";
        String topic = call != null ? call.topic : TOPICS[random.nextInt(TOPICS.length)];
        String subject = Phrases.subject(random);
        String title = Phrases.cut(String.format(Phrases.pick(random, Phrases.PROPOSAL_ITEM_TITLES), subject), 200);
        String summary = Phrases.cut(Phrases.paragraph(random, subject), 1000);
        String html = "<p>" + Phrases.paragraph(random, subject) + "</p><p>" + Phrases.paragraph(random, Phrases.subject(random)) + "</p>";
        String visibility = call != null ? call.visibility : random.nextInt(100) < 75 ? "NETWORK" : "PUBLIC";
        Instant evaluated = submitted.plus(Duration.ofDays(Math.max(1, Math.min(ageDays - 1, 5 + random.nextInt(20)))));
        Instant decided = evaluated.plus(Duration.ofDays(Math.max(1, Math.min(Duration.between(evaluated, now).toDays() - 1, 5 + random.nextInt(25)))));
        Instant updated = switch (state) {
            case "SUBMITTED" -> submitted;
            case "WITHDRAWN" -> submitted.plus(Duration.ofHours(1 + random.nextInt(24 * Math.max(1, (int) Math.min(ageDays, 10)))));
            case "UNDER_EVALUATION" -> evaluated;
            default -> decided;
        };
        if (updated.isAfter(now)) updated = now;
        Person evaluator = anyOf(staffOf.get(w.id), guarantors.get(0));
        String answer = "ACCEPTED".equals(state) ? Phrases.pick(random, Phrases.ANSWERS_ACCEPTED)
                : "REJECTED".equals(state) ? Phrases.pick(random, Phrases.ANSWERS_REJECTED) : null;
        // Adhesions from other bodies, once each, between submission and the last change (or now while open).
        Instant adhesionsUntil = "SUBMITTED".equals(state) || "UNDER_EVALUATION".equals(state) || "ACCEPTED".equals(state) ? now : updated;
        int adhesions = random.nextInt(100) < 55 ? random.nextInt(7) : 0;
        Set<Long> adhered = new LinkedHashSet<>();
        List<Object[]> adhesionRows = new ArrayList<>();
        List<String> adheringCodes = new ArrayList<>();  // the trail names the body that adhered, as the product does
        for (int a = 0; a < adhesions; a++) {
            Ws b = bodies.get(random.nextInt(bodies.size()));
            if (b.id == author.home.id || !adhered.add(b.id)) continue;
            Person who = anyOf(staffOf.get(b.id), b);
            Instant at = between(submitted, adhesionsUntil);
            adhesionRows.add(new Object[]{++adhesionId, id, b.id, who.username, at});
            adheringCodes.add(b.code);
        }
        out.row("proposal", id, call == null ? null : call.id, w.id, author.home.id, author.username, title, summary, html, topic,
                state, answer, visibility, adhesionRows.size(), submitted, updated, 1);
        audit(submitted, author.username, "Proposal", id, "proposal.submit", null, "SUBMITTED", title, w.id, visibility, "Proposal", id);
        outbox(submitted, "proposal.submitted", "Proposal", id, 0, w.id, "{\"id\":" + id + "}");
        switch (state) {
            case "WITHDRAWN" -> audit(updated, author.username, "Proposal", id, "proposal.withdraw", "SUBMITTED", "WITHDRAWN", null, w.id, visibility, "Proposal", id);
            case "UNDER_EVALUATION" -> audit(evaluated, evaluator.username, "Proposal", id, "proposal.evaluate", "SUBMITTED", "UNDER_EVALUATION", null, w.id, visibility, "Proposal", id);
            case "ACCEPTED", "REJECTED" -> {
                audit(evaluated, evaluator.username, "Proposal", id, "proposal.evaluate", "SUBMITTED", "UNDER_EVALUATION", null, w.id, visibility, "Proposal", id);
                audit(decided, evaluator.username, "Proposal", id, "proposal." + ("ACCEPTED".equals(state) ? "accept" : "reject"),
                        "UNDER_EVALUATION", state, answer, w.id, visibility, "Proposal", id);
                outbox(decided, "proposal.decided", "Proposal", id, 1, w.id, "{\"id\":" + id + ",\"state\":\"" + state + "\"}");
            }
            default -> { }
        }
        for (int a = 0; a < adhesionRows.size(); a++) {
            Object[] row = adhesionRows.get(a);
            out.row("proposal_adhesion", row);
            audit((Instant) row[4], (String) row[3], "Proposal", id, "proposal.adhere", null, adheringCodes.get(a), null, w.id,
                    visibility, "Proposal", id);
        }
        int comments = random.nextInt(100) < 60 ? random.nextInt(5) : 0;
        long firstComment = 0;
        Instant previous = submitted;
        for (int c = 0; c < comments; c++) {
            Person who = people.get(random.nextInt(people.size()));
            long cid = ++commentId;
            Long parent = c > 0 && random.nextInt(100) < 30 ? firstComment : null;
            if (c == 0) firstComment = cid;
            Instant at = between(previous, now);
            previous = at;
            out.row("proposal_comment", cid, id, parent, who.username, Phrases.pick(random, Phrases.COMMENTS), random.nextInt(100) < 2,
                    at, 0);
            audit(at, who.username, "ProposalComment", cid, "proposal.comment", null, null, null, w.id, visibility, "Proposal", id);
        }
    }

    private Instant between(Instant from, Instant to) {
        long span = Math.max(1, Duration.between(from, to).getSeconds());
        return from.plusSeconds((long) (random.nextDouble() * span));
    }

    // --- library -------------------------------------------------------------------------------------------------

    private static final String[] ENTRY_TYPES = {"GUIDE", "STUDY", "ARTICLE", "MANUAL", "VIDEO", "INFOGRAPHIC", "GOOD_PRACTICE"};
    private static final String[] LICENCES = {"CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC 4.0", "Todos los derechos reservados"};
    private long adoptionId;

    private void library() throws SQLException {
        for (int i = 0; i < volumes.libraryEntries(); i++) {
            long id = i + 1L;
            Ws w = random.nextInt(100) < 80 ? guarantors.get(random.nextInt(guarantors.size())) : commissions.get(random.nextInt(commissions.size()));
            Person by = anyOf(staffOf.get(w.id), guarantors.get(0));
            String subject = Phrases.subject(random);
            String type = ENTRY_TYPES[random.nextInt(ENTRY_TYPES.length)];
            String title = Phrases.cut(String.format(Phrases.pick(random, Phrases.LIBRARY_TITLES), subject), 300);
            int year = today.getYear() - random.nextInt(10);
            StringBuilder authors = new StringBuilder();
            for (int a = 0, n = 1 + random.nextInt(3); a < n; a++) {
                if (a > 0) authors.append("; ");
                authors.append(Phrases.pick(random, Phrases.LAST_NAMES)).append(", ").append(Phrases.pick(random, Phrases.FIRST_NAMES));
            }
            Set<String> keywords = new LinkedHashSet<>();
            for (int k = 0; k < 3; k++) keywords.add(Phrases.pick(random, Phrases.KEYWORDS));
            String visibility = weighted(new String[]{"PUBLIC", "NETWORK", "PRIVATE"}, new int[]{60, 30, 10});
            // Entered into the library in the last three years, never before the year it was published.
            Instant published = LocalDate.of(year, 1, 1).atStartOfDay(MEXICO).toInstant();
            Instant threeYears = windowStart.minusYears(2).atStartOfDay(MEXICO).toInstant();
            Instant createdAt = between(published.isAfter(threeYears) ? published : threeYears, now);
            String links = random.nextBoolean() ? "https://acervo.vinculo.test/" + w.code.toLowerCase() + "/" + id : "";
            Set<Long> adopted = new LinkedHashSet<>();
            List<Object[]> adoptionRows = new ArrayList<>();
            List<String> adoptingCodes = new ArrayList<>();
            if (!"PRIVATE".equals(visibility) && random.nextInt(100) < 35) {
                for (int a = 0, n = 1 + random.nextInt(5); a < n; a++) {
                    Ws b = bodies.get(random.nextInt(bodies.size()));
                    if (!adopted.add(b.id)) continue;
                    Instant at = between(createdAt, now);
                    Person who = anyOf(staffOf.get(b.id), b);
                    adoptionRows.add(new Object[]{++adoptionId, id, b.id, LocalDate.ofInstant(at, MEXICO),
                            "Se adoptó en " + b.acronym + " como parte de su programa de " + Phrases.pick(random, Phrases.KEYWORDS) + ".",
                            who.username, at});
                    adoptingCodes.add(b.code);
                }
            }
            out.row("library_entry", id, w.id, title, authors.toString(), year, type, String.join(", ", keywords),
                    Phrases.paragraph(random, subject) + " " + Phrases.paragraph(random, Phrases.subject(random)), "es",
                    LICENCES[random.nextInt(LICENCES.length)], links, visibility, (long) random.nextInt(2000), adoptionRows.size(),
                    by.username, createdAt, createdAt, 0);
            Set<String> topics = new LinkedHashSet<>();
            for (int t = 0, n = 1 + random.nextInt(3); t < n; t++) topics.add(TOPICS[random.nextInt(TOPICS.length)]);
            for (String t : topics) out.row("library_entry_topic", id, t);
            audit(createdAt, by.username, "LibraryEntry", id, "library.create", null, null, title, w.id, visibility, "LibraryEntry", id);
            if ("PUBLIC".equals(visibility)) {
                outbox(createdAt, "library.published", "LibraryEntry", id, 0, w.id, "{\"id\":" + id + "}");
            }
            for (int a = 0; a < adoptionRows.size(); a++) {
                Object[] row = adoptionRows.get(a);
                out.row("library_adoption", row);
                audit((Instant) row[6], (String) row[5], "LibraryEntry", id, "library.adopt", null, adoptingCodes.get(a),
                        (String) row[4], w.id, visibility, "LibraryEntry", id);
            }
        }
    }

    // --- records that follow -------------------------------------------------------------------------------------

    private void audit(Instant at, String actor, String entityType, long entityId, String action, String from, String to,
                       String detail, long workspace, String visibility, String itemType, long item) throws SQLException {
        out.row("audit_event", ++auditId, at, actor, entityType, entityId, action, from, to,
                detail == null ? null : Phrases.cut(detail, 2000), workspace, visibility, itemType, item);
    }

    /** What the hub published, already delivered (the integration has nothing left to do for it). */
    private void outbox(Instant at, String type, String aggregate, long id, long version, long workspace, String payload)
            throws SQLException {
        String key = type + ":" + aggregate + ":" + id + ":" + version;
        out.row("outbox_event", ++outboxId, at, type, aggregate, id, version, workspace, payload, key, "DELIVERED", 1, at,
                at.plusSeconds(2));
    }

    private static final class Ws {
        final long id;
        final WorkspaceType type;
        final String code;
        final String acronym;
        final String name;
        final String bodyKind;

        Ws(long id, WorkspaceType type, String code, String acronym, String name, String bodyKind) {
            this.id = id;
            this.type = type;
            this.code = code;
            this.acronym = acronym;
            this.name = name;
            this.bodyKind = bodyKind;
        }
    }

    private record Person(long id, String username, String name, Ws home, String role) { }
}
