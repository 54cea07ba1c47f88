package io.hikeshi.incident;

import io.hikeshi.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** The messages incidents were declared from: which incident a message started, and whether it is gone. */
@ApplicationScoped
public class DeclaredFromMessages {

    private final Rows rows;
    private final IncidentQueries incidents;

    DeclaredFromMessages(Rows rows, IncidentQueries incidents) {
        this.rows = rows;
        this.incidents = incidents;
    }

    /** The incident declared from this message, if one was. */
    @Transactional
    public Optional<IncidentRef> incidentOf(String channelId, String messageId) {
        return rows.findLong("select incident_id from declared_from_message where channel_id = ? and message_ts = ?",
                channelId, messageId).flatMap(incidents::byNumber);
    }

    /** Records that the message had been deleted by the time its thread was read, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markGone(long incidentId) {
        rows.execute("update declared_from_message set gone = true where incident_id = ?", incidentId);
    }
}
