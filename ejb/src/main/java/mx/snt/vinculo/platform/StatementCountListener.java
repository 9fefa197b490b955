package mx.snt.vinculo.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/** EclipseLink's announcement of every call it sends to the database, counted by {@link StatementCount}. */
public class StatementCountListener extends SessionEventAdapter {

    @Override
    public void preExecuteCall(SessionEvent event) {
        StatementCount.sent();
    }
}
