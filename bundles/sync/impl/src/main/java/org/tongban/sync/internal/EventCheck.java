package org.tongban.sync.internal;

import org.tongban.core.text.Text;
import org.tongban.core.json.JsonConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongban.sync.SyncEvent;

/** Whether a received event can be stored and forwarded: every fault at once. Pure logic. */
public final class EventCheck {

    private static final ObjectMapper JSON = JsonConfig.stored();
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private EventCheck() {
    }

    public static List<String> problems(SyncEvent e) {
        List<String> p = new ArrayList<>();
        if (e == null) {
            return List.of("empty event");
        }
        if (e.id() == null || !e.id().matches("[0-9A-Za-z-]{1,36}")) {
            p.add("id must be 1-36 letters, digits or dashes");
        }
        if (Text.blank(e.originNode()) || e.originNode().length() > 64) {
            p.add("originNode is required (at most 64 characters)");
        }
        if (Text.blank(e.subject()) || e.subject().length() > 200) {
            p.add("subject is required (at most 200 characters)");
        }
        if (e.subjectSeq() < 1) {
            p.add("subjectSeq starts at 1");
        }
        if (Text.blank(e.type()) || e.type().length() > 100) {
            p.add("type is required (at most 100 characters)");
        }
        if (e.payloadVersion() < 1) {
            p.add("payloadVersion starts at 1");
        }
        if (e.created() == null) {
            p.add("created is required");
        } else if (e.created().isBefore(EARLIEST) || e.created().isAfter(LATEST)) {
            p.add("created must lie between 1970 and 9999");   // what the stores keep (epoch milliseconds, SQL dates)
        }
        if (e.payload() == null || e.payload().length() > 32000) {
            p.add("payload is required (at most 32000 characters of JSON)");
        } else {
            try {
                JSON.readTree(e.payload());
            } catch (Exception bad) {
                p.add("payload is not JSON");
            }
        }
        return p;
    }

}
