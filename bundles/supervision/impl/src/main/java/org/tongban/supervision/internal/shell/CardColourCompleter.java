package org.tongban.supervision.internal.shell;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.tongban.supervision.CardColour;

/** Tab completion of {@link CardColour} values for the console's options, read from the enum so it cannot drift. */
@Service
public class CardColourCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return new StringsCompleter(List.of(CardColour.values()).stream().map(Enum::name).toList(), false)
                .complete(session, line, candidates);
    }
}
