package org.tongban.evaluation.internal.shell;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.tongban.evaluation.Satisfaction;

/** Tab completion of {@link Satisfaction} values for the console's options, read from the enum so it cannot drift. */
@Service
public class SatisfactionCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return new StringsCompleter(List.of(Satisfaction.values()).stream().map(Enum::name).toList(), false)
                .complete(session, line, candidates);
    }
}
