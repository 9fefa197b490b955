package mx.snt.vinculo.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import mx.snt.vinculo.directory.Member;

/**
 * That a member has voted in a secret ballot, with no choice: who is still missing can be
 * told, what anyone voted cannot (the ballot itself carries no member).
 */
@Entity
@Table(name = "meeting_secret_voter")
public class SecretVoter {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "item_id") private AgendaItem item;
    @ManyToOne(fetch = FetchType.LAZY, optional = false) @JoinColumn(name = "member_id") private Member member;

    protected SecretVoter() {
    }

    SecretVoter(AgendaItem item, Member member) {
        this.item = item;
        this.member = member;
    }

    public Member getMember() { return member; }
}
