package mx.snt.vinculo.platform;

import org.eclipse.persistence.internal.databaseaccess.DatasourceCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * EclipseLink's announcement of every call it sends to the database: counted by {@link StatementCount}, and a
 * call that returns nothing (an insert, update or delete, bulk JPQL updates included) marks its transaction as one
 * that changes the data ({@link DataChanges}).
 */
public class StatementCountListener extends SessionEventAdapter {

    @Override
    public void preExecuteCall(SessionEvent event) {
        StatementCount.sent();
        if (event.getCall() instanceof DatasourceCall call && call.isNothingReturned()) {
            DataChanges.wrote();
        }
    }
}
