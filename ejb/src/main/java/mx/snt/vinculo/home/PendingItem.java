package mx.snt.vinculo.home;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a section: what, where it lives ({@code path}, a hub page), the workspace or body it
 * belongs to, its moment ({@code at}, a session's start) or day ({@code date}, a due or closing
 * date) and a status code the page words (e.g. an agreement's LEGAL_REVIEW or a commitment's OVERDUE).
 */
public record PendingItem(long id, String title, String path, String where, Instant at, LocalDate date, String status)
        implements Serializable {
}
