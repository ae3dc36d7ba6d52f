package org.tongban.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    @TempDir
    Path dir;

    @Test
    void escapedColonsOfPropertiesWritersAreUnitsToo() {
        assertEquals(List.of("clerk", "division:370783003"),
                UsersFile.parse("clerk-a={CRYPT}AB{CRYPT},clerk,division\\:370783003").orElseThrow().names());
    }

    @Test
    void entriesAreReadWithUnitsAndWrittenBackKeepingCommentsAndOrder() throws Exception {
        Path p = dir.resolve("users.properties");
        Files.writeString(p, "# accounts\nclerk = {CRYPT}AB{CRYPT},clerk,window:W01\nold = !{CRYPT}CD{CRYPT},ops\n");
        UsersFile f = new UsersFile(p);
        UsersFile.Entry clerk = f.find("clerk").orElseThrow();
        assertEquals(List.of("clerk", "window:W01"), clerk.names());
        assertTrue(f.find("old").orElseThrow().disabled());
        f.put(new UsersFile.Entry("clerk", clerk.hash(), true, clerk.names()));
        f.put(new UsersFile.Entry("new", "{PBKDF2}1:a:b{PBKDF2}", false, List.of("reviewer", "department:X")));
        assertEquals(List.of("# accounts", "clerk = !{CRYPT}AB{CRYPT},clerk,window:W01", "old = !{CRYPT}CD{CRYPT},ops",
                "new = {PBKDF2}1:a:b{PBKDF2},reviewer,department:X"), Files.readAllLines(p));
    }
}
