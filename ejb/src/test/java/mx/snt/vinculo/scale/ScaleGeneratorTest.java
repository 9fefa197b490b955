package mx.snt.vinculo.scale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small run (scale 0.01) of the generator into a fresh database on the MySQL-protocol server that
 * {@code ./vinculo test} provides (no server is a failure, never a skip), checked with SQL against the rules the
 * aggregates guard: counts as requested, every reference resolves, votes only by attendees, acuerdos equal to their
 * ballots, states and dates in their workflow's order.
 */
class ScaleGeneratorTest {

    private static final String SERVER = System.getProperty("vinculo.test.mysql", ScaleDemo.DEFAULT_SERVER);
    private static final String USER = System.getProperty("vinculo.test.mysql.user", "root");
    private static final String PASSWORD = System.getProperty("vinculo.test.mysql.password", "");
    private static final String DB = "vinculo_scale_test_" + System.nanoTime();
    private static final Volumes VOLUMES = Volumes.of(0.01);

    private static Connection db;
    private static Map<String, Long> totals;
    private static String progress;

    @BeforeAll
    static void generate() throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        totals = ScaleDemo.fill(SERVER + DB, USER, PASSWORD, VOLUMES, 7, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress = bytes.toString(StandardCharsets.UTF_8);
        db = DriverManager.getConnection(SERVER + DB + "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true", USER, PASSWORD);
    }

    @AfterAll
    static void drop() throws Exception {
        if (db != null) {
            db.close();
        }
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB);
        }
    }

    private static long count(String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void countsAreTheOnesRequested() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM workspace WHERE type = 'BODY'")).isEqualTo(36);
        assertThat(count("SELECT COUNT(*) FROM workspace")).isEqualTo(52);
        // Each of the 32 states' bodies belongs to its region; a commission is made of its commissioners' bodies.
        assertThat(count("SELECT COUNT(*) FROM workspace_body wb JOIN workspace r ON r.id = wb.workspace_id"
                + " WHERE r.type = 'REGION'")).isEqualTo(32);
        assertThat(count("SELECT COUNT(DISTINCT workspace_id) FROM workspace_body")).isEqualTo(4 + 11);
        assertThat(count("SELECT COUNT(*) FROM workspace_body wb JOIN workspace c ON c.id = wb.workspace_id"
                + " WHERE c.type = 'COMMISSION' AND NOT EXISTS (SELECT 1 FROM membership ms JOIN member m ON m.id = ms.member_id"
                + " JOIN member_role mr ON mr.member_id = m.id AND mr.role_name = 'COMISIONADO'"
                + " WHERE ms.workspace_id = c.id AND m.home_body_id = wb.body_id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM member")).isEqualTo(VOLUMES.people());
        assertThat(count("SELECT COUNT(*) FROM meeting")).isEqualTo(VOLUMES.sessions());
        assertThat(count("SELECT COUNT(*) FROM meeting_item")).isEqualTo(VOLUMES.items());
        assertThat(count("SELECT COUNT(*) FROM agreement")).isEqualTo(VOLUMES.agreements());
        assertThat(count("SELECT COUNT(*) FROM proposal")).isEqualTo(VOLUMES.proposals());
        assertThat(count("SELECT COUNT(*) FROM library_entry")).isEqualTo(VOLUMES.libraryEntries());
        assertThat(count("SELECT COUNT(*) FROM meeting_ballot")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM acuerdo")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM proposal_adhesion")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM agreement_commitment")).isPositive();
        assertThat(totals.get("meeting_ballot")).isEqualTo(count("SELECT COUNT(*) FROM meeting_ballot"));
        assertThat(progress).contains("meeting_ballot").contains("filas/s");
    }

    @Test
    void everyReferenceResolves() throws Exception {
        String[][] refs = {
                {"member", "home_body_id", "workspace"}, {"membership", "member_id", "member"}, {"membership", "workspace_id", "workspace"},
                {"meeting", "workspace_id", "workspace"}, {"meeting", "chair_member_id", "member"}, {"meeting", "acta_approved_in", "meeting"},
                {"meeting_item", "meeting_id", "meeting"}, {"meeting_item", "ref_meeting_id", "meeting"},
                {"meeting_attendance", "member_id", "member"}, {"meeting_ballot", "item_id", "meeting_item"},
                {"meeting_ballot", "member_id", "member"}, {"acuerdo", "item_id", "meeting_item"}, {"acuerdo", "meeting_id", "meeting"},
                {"agreement", "workspace_id", "workspace"}, {"agreement", "renewed_from_id", "agreement"},
                {"agreement_party", "agreement_id", "agreement"}, {"agreement_party", "body_id", "workspace"},
                {"agreement_text_version", "agreement_id", "agreement"}, {"agreement_step", "agreement_id", "agreement"},
                {"agreement_commitment", "party_id", "agreement_party"}, {"proposal", "call_id", "proposal_call"},
                {"proposal", "body_id", "workspace"}, {"proposal_adhesion", "proposal_id", "proposal"},
                {"proposal_comment", "proposal_id", "proposal"}, {"proposal_comment", "parent_id", "proposal_comment"},
                {"library_entry_topic", "entry_id", "library_entry"}, {"library_adoption", "entry_id", "library_entry"},
                {"audit_event", "workspace_id", "workspace"},
        };
        for (String[] r : refs) {
            assertThat(count("SELECT COUNT(*) FROM " + r[0] + " t LEFT JOIN " + r[2] + " p ON p.id = t." + r[1]
                    + " WHERE t." + r[1] + " IS NOT NULL AND p.id IS NULL")).as(r[0] + "." + r[1]).isZero();
        }
        // A commitment's party belongs to the same agreement.
        assertThat(count("SELECT COUNT(*) FROM agreement_commitment c JOIN agreement_party p ON p.id = c.party_id"
                + " WHERE p.agreement_id <> c.agreement_id")).isZero();
    }

    @Test
    void onlyAttendeesVoteAndEveryOneOfThemOnEveryVotedItem() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM meeting_ballot b JOIN meeting_item i ON i.id = b.item_id"
                + " LEFT JOIN meeting_attendance a ON a.meeting_id = i.meeting_id AND a.member_id = b.member_id"
                + " WHERE a.id IS NULL OR a.status NOT IN ('PRESENT', 'REMOTE')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting_item i JOIN meeting_attendance a ON a.meeting_id = i.meeting_id"
                + " AND a.status IN ('PRESENT', 'REMOTE') LEFT JOIN meeting_ballot b ON b.item_id = i.id AND b.member_id = a.member_id"
                + " WHERE i.vote_state = 'CLOSED' AND b.id IS NULL")).isZero();
        // Only held sessions have attendance and votes, and each has its quorum (more than half present).
        assertThat(count("SELECT COUNT(*) FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id"
                + " WHERE m.state NOT IN ('CLOSED', 'ACTA_APPROVED', 'PUBLISHED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting_item i JOIN meeting m ON m.id = i.meeting_id"
                + " WHERE i.vote_state <> 'NONE' AND m.state NOT IN ('CLOSED', 'ACTA_APPROVED', 'PUBLISHED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT meeting_id, SUM(status IN ('PRESENT', 'REMOTE')) present, COUNT(*) base"
                + " FROM meeting_attendance GROUP BY meeting_id) q WHERE q.present * 2 <= q.base")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting_ballot b JOIN meeting_item i ON i.id = b.item_id JOIN meeting m ON m.id = i.meeting_id"
                + " WHERE b.cast_at < m.started_at OR b.cast_at > m.ended_at")).isZero();
    }

    @Test
    void everyClosedVoteHasItsAcuerdoWithTheBallotsCounts() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM meeting_item i LEFT JOIN acuerdo a ON a.item_id = i.id"
                + " WHERE (i.vote_state = 'CLOSED') <> (a.id IS NOT NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM acuerdo a JOIN meeting_item i ON i.id = a.item_id"
                + " WHERE a.result <> i.result OR a.meeting_id <> i.meeting_id")).isZero();
        assertThat(count("SELECT COUNT(*) FROM acuerdo a JOIN (SELECT item_id, SUM(choice = 'FOR') f, SUM(choice = 'AGAINST') ag,"
                + " SUM(choice = 'ABSTAIN') ab FROM meeting_ballot GROUP BY item_id) t ON t.item_id = a.item_id"
                + " WHERE t.f <> a.votes_for OR t.ag <> a.votes_against OR t.ab <> a.abstentions")).isZero();
        // Simple majority of those present: approved exactly when more votes for than against.
        assertThat(count("SELECT COUNT(*) FROM acuerdo WHERE (result = 'APPROVED') <> (votes_for > votes_against)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM acuerdo WHERE result = 'REJECTED'")).isPositive();
        // The number is body/kind/session/year/item, as the hub issues it.
        assertThat(count("SELECT COUNT(*) FROM acuerdo a JOIN meeting m ON m.id = a.meeting_id JOIN meeting_item i ON i.id = a.item_id"
                + " JOIN workspace w ON w.id = m.workspace_id WHERE a.number <> CONCAT(w.code, '/', IF(m.kind = 'ORDINARY', 'SO', 'SE'), '/',"
                + " LPAD(m.seq_number, 2, '0'), '/', m.seq_year, '/', LPAD(i.position, 2, '0'))")).isZero();
        assertThat(count("SELECT COUNT(*) FROM acuerdo a JOIN meeting m ON m.id = a.meeting_id WHERE a.visibility <> m.visibility")).isZero();
    }

    @Test
    void sessionStatesFollowTheirDatesAndActas() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE state NOT IN ('PLANNED', 'CONVENED', 'IN_PROGRESS', 'CLOSED',"
                + " 'ACTA_APPROVED', 'PUBLISHED', 'CANCELLED')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE state IN ('CLOSED', 'ACTA_APPROVED', 'PUBLISHED')"
                + " AND (started_at IS NULL OR ended_at <= started_at OR ended_at > UTC_TIMESTAMP() OR convened_at >= starts_at)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE state IN ('PLANNED', 'CONVENED') AND starts_at < UTC_TIMESTAMP()")).isZero();
        // An approved acta was approved in a later session of the same workspace, by an approved "previous acta" item.
        assertThat(count("SELECT COUNT(*) FROM meeting m WHERE (m.state IN ('ACTA_APPROVED', 'PUBLISHED')) <> (m.acta_approved_in IS NOT NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting m JOIN meeting n ON n.id = m.acta_approved_in LEFT JOIN meeting_item i"
                + " ON i.meeting_id = n.id AND i.kind = 'PREVIOUS_ACTA' AND i.ref_meeting_id = m.id AND i.result = 'APPROVED'"
                + " WHERE n.workspace_id <> m.workspace_id OR n.starts_at <= m.starts_at OR i.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE state = 'PUBLISHED' AND visibility <> 'PUBLIC'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting WHERE visibility NOT IN ('PRIVATE', 'NETWORK', 'PUBLIC')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT workspace_id, kind, seq_year, seq_number FROM meeting"
                + " GROUP BY workspace_id, kind, seq_year, seq_number HAVING COUNT(*) > 1) d")).isZero();
    }

    @Test
    void agreementsAreInTheirWorkflowsStatesWithDatesInOrder() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state NOT IN ('DRAFT', 'INTERNAL_REVIEW', 'LEGAL_REVIEW', 'APPROVED',"
                + " 'SIGNING', 'SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED', 'RENEWED')")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT state) FROM agreement")).isGreaterThanOrEqualTo(8);
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state IN ('APPROVED', 'SIGNING', 'SIGNED', 'IN_FORCE', 'EXPIRED',"
                + " 'TERMINATED', 'RENEWED') AND (acuerdo_number IS NULL OR acuerdo_date IS NULL OR NOT legal_cleared)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state IN ('IN_FORCE', 'EXPIRED', 'TERMINATED', 'RENEWED')"
                + " AND NOT (acuerdo_date <= signed_on AND signed_on <= validity_start AND validity_start < validity_end)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state = 'IN_FORCE' AND (validity_start > CURRENT_DATE"
                + " OR validity_end < CURRENT_DATE - INTERVAL 1 DAY)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state = 'EXPIRED' AND (ended_on <> validity_end OR validity_end >= CURRENT_DATE)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state IN ('TERMINATED', 'RENEWED') AND (ended_on IS NULL"
                + " OR ended_on < validity_start OR ended_on > CURRENT_DATE)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement WHERE state IN ('DRAFT', 'INTERNAL_REVIEW', 'LEGAL_REVIEW')"
                + " AND (acuerdo_number IS NOT NULL OR signed_on IS NOT NULL OR visibility <> 'PRIVATE')")).isZero();
        // Every RENEWED agreement has its successor; every signed one was signed by every party.
        assertThat(count("SELECT COUNT(*) FROM agreement a LEFT JOIN agreement n ON n.renewed_from_id = a.id"
                + " WHERE a.state = 'RENEWED' AND n.id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement a JOIN agreement_party p ON p.agreement_id = a.id"
                + " WHERE a.state IN ('SIGNED', 'IN_FORCE', 'EXPIRED', 'TERMINATED', 'RENEWED') AND (p.signed_on IS NULL OR p.signed_on > a.signed_on)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement a WHERE a.state <> 'DRAFT'"
                + " AND (SELECT COUNT(*) FROM agreement_party p WHERE p.agreement_id = a.id) < 2")).isZero();
        // The current text is the last version; the timeline ends in the current state.
        assertThat(count("SELECT COUNT(*) FROM agreement a JOIN agreement_text_version v ON v.agreement_id = a.id"
                + " AND v.version_no = a.text_version WHERE v.body_html <> a.body_html")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement a WHERE a.text_version <> (SELECT COUNT(*) FROM agreement_text_version v"
                + " WHERE v.agreement_id = a.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement a WHERE a.state <> (SELECT s.to_state FROM agreement_step s"
                + " WHERE s.agreement_id = a.id ORDER BY s.occurred_at DESC, s.id DESC LIMIT 1)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement_step WHERE occurred_at > UTC_TIMESTAMP()")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement_commitment c JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE c.due_date < a.validity_start OR c.due_date > a.validity_end"
                + " OR (c.status IN ('PENDING', 'IN_PROGRESS') AND c.due_date < CURRENT_DATE - INTERVAL 1 DAY)")).isZero();
    }

    @Test
    void proposalsAndLibraryKeepTheirRules() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE state NOT IN ('SUBMITTED', 'UNDER_EVALUATION', 'ACCEPTED',"
                + " 'REJECTED', 'WITHDRAWN')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE (state IN ('ACCEPTED', 'REJECTED')) <> (answer IS NOT NULL)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal p JOIN proposal_call c ON c.id = p.call_id"
                + " WHERE p.workspace_id <> c.workspace_id OR DATE(p.submitted_at) < c.opens_on - INTERVAL 1 DAY"
                + " OR DATE(p.submitted_at) > c.closes_on + INTERVAL 1 DAY OR p.topic <> c.topic")).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal WHERE updated_at < submitted_at OR updated_at > UTC_TIMESTAMP()")).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal p WHERE p.adhesion_count <> (SELECT COUNT(*) FROM proposal_adhesion a"
                + " WHERE a.proposal_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal_adhesion a JOIN proposal p ON p.id = a.proposal_id"
                + " WHERE a.body_id = p.body_id OR a.created_at < p.submitted_at")).isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT proposal_id, body_id FROM proposal_adhesion GROUP BY proposal_id, body_id"
                + " HAVING COUNT(*) > 1) d")).isZero();
        assertThat(count("SELECT COUNT(*) FROM proposal_comment c JOIN proposal_comment p ON p.id = c.parent_id"
                + " WHERE p.proposal_id <> c.proposal_id OR c.created_at < p.created_at")).isZero();
        // A withdrawn proposal was withdrawn while submitted; an accepted or rejected one was evaluated first.
        assertThat(count("SELECT COUNT(*) FROM proposal p WHERE p.state IN ('ACCEPTED', 'REJECTED') AND NOT EXISTS (SELECT 1"
                + " FROM audit_event e WHERE e.entity_type = 'Proposal' AND e.entity_id = p.id AND e.action = 'proposal.evaluate')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM library_entry e WHERE e.adoption_count <> (SELECT COUNT(*) FROM library_adoption a"
                + " WHERE a.entry_id = e.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM library_entry e WHERE NOT EXISTS (SELECT 1 FROM library_entry_topic t WHERE t.entry_id = e.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM library_entry WHERE YEAR(created_at) < pub_year - 1")).isZero();
        for (String t : new String[]{"proposal", "proposal_call", "library_entry", "agreement", "audit_event"}) {
            assertThat(count("SELECT COUNT(*) FROM " + t + " WHERE visibility NOT IN ('PRIVATE', 'NETWORK', 'PUBLIC')")).as(t).isZero();
        }
    }

    @Test
    void whatWasPublishedWasDeliveredAndAudited() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE status <> 'DELIVERED' OR delivered_at IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox_event o JOIN meeting m ON m.id = o.aggregate_id"
                + " WHERE o.event_type = 'session.published' AND m.state <> 'PUBLISHED'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting m WHERE m.state = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM outbox_event o"
                + " WHERE o.event_type = 'session.published' AND o.aggregate_id = m.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM agreement a WHERE a.visibility = 'PUBLIC' AND NOT EXISTS (SELECT 1 FROM outbox_event o"
                + " WHERE o.event_type = 'agreement.published' AND o.aggregate_id = a.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.item_type = 'Session'"
                + " AND e.item_id = m.id AND e.action = 'session.plan')")).isZero();
        // The search index's epoch row of the migrations is left alone: the hub rebuilds its index from the tables.
        assertThat(count("SELECT COUNT(*) FROM search_change WHERE item_type = '*epoch'")).isEqualTo(1);
    }

    @Test
    void aDatabaseWithDataIsRefused() {
        assertThatThrownBy(() -> ScaleDemo.fill(SERVER + DB, USER, PASSWORD, VOLUMES, 7,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no está vacía");
    }
}
