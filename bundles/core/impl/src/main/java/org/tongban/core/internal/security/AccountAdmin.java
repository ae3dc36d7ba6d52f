package org.tongban.core.internal.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tongban.core.audit.AuditEntry;
import org.tongban.core.audit.AuditTrail;
import org.tongban.core.rest.Role;
import org.tongban.core.security.Caller;
import org.tongban.core.validation.CreditCode;
import org.tongban.core.validation.ResidentId;

/**
 * What ops do to accounts (add, disable, enable, set a password), each checked, written to the users file and
 * audited. A password ops do not give is generated, shown once, and never stored in clear.
 */
public final class AccountAdmin {

    /** The unit of an account whose password was generated: it must set its own before anything else. */
    public static final String TEMPORARY = "password:temporary";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UsersFile users;
    private final AuditTrail audit;

    public AccountAdmin(UsersFile users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    /** Adds an account; every fault at once as IllegalArgumentException. Returns the password (generated when null). */
    public String add(String by, String user, List<String> names, String password) {
        List<String> faults = new ArrayList<>();
        if (user == null || !NAME.matcher(user).matches()) {
            faults.add("the account name is 1-64 letters, digits or . _ @ -");
        } else if (users.find(user).isPresent()) {
            faults.add("an account " + user + " exists already");
        }
        faults.addAll(unitProblems(names));
        String pw = password == null ? generated() : password;
        faults.addAll(PasswordPolicy.problems(user, pw.toCharArray()).stream().map(p -> "password: " + p).toList());
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", faults));
        }
        List<String> stored = new java.util.ArrayList<>(names);
        if (password == null) {
            stored.add(TEMPORARY);
        }
        users.put(new UsersFile.Entry(user, PasswordHashes.hash(pw.toCharArray()), false, List.copyOf(stored)));
        audit.append(new AuditEntry(by, "ops", "account.added", "account:" + user, "roles and units " + names));
        return pw;
    }

    public void enable(String by, String user, boolean enabled) {
        UsersFile.Entry e = existing(user);
        users.put(new UsersFile.Entry(user, e.hash(), !enabled, e.names()));
        audit.append(new AuditEntry(by, "ops", enabled ? "account.enabled" : "account.disabled", "account:" + user, ""));
    }

    /** Sets a new password (generated when null) and returns it. */
    public String resetPassword(String by, String user, String password) {
        UsersFile.Entry e = existing(user);
        String pw = password == null ? generated() : password;
        List<String> faults = PasswordPolicy.problems(user, pw.toCharArray());
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException("password: " + String.join("; ", faults));
        }
        List<String> names = new java.util.ArrayList<>(e.names());
        names.remove(TEMPORARY);
        if (password == null) {
            names.add(TEMPORARY);
        }
        users.put(new UsersFile.Entry(user, PasswordHashes.hash(pw.toCharArray()), e.disabled(), List.copyOf(names)));
        audit.append(new AuditEntry(by, "ops", "account.password-reset", "account:" + user, "salted hash written"));
        return pw;
    }

    /** The account holder sets their own password, proving the current one; a temporary password stops being one. */
    public void changeOwn(String user, char[] current, char[] next) {
        UsersFile.Entry e = existing(user);
        if (!PasswordHashes.matches(e.hash(), current)) {
            throw new IllegalArgumentException("the current password is not this account's");
        }
        List<String> faults = PasswordPolicy.problems(user, next);
        if (PasswordHashes.matches(e.hash(), next)) {
            faults = new java.util.ArrayList<>(faults);
            faults.add("not the current password");
        }
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException("password: " + String.join("; ", faults));
        }
        List<String> names = new java.util.ArrayList<>(e.names());
        names.remove(TEMPORARY);
        users.put(new UsersFile.Entry(user, PasswordHashes.hash(next), e.disabled(), List.copyOf(names)));
        audit.append(new AuditEntry(user, "", "account.password-changed", "account:" + user, "by the account holder"));
    }

    public List<UsersFile.Entry> list() {
        return List.copyOf(users.read().values());
    }

    private UsersFile.Entry existing(String user) {
        return users.find(user).orElseThrow(() -> new IllegalArgumentException("no account " + user));
    }

    /** A role is one of the realm's; a unit is one of the prefixes with a well-formed value. */
    static List<String> unitProblems(List<String> names) {
        List<String> out = new ArrayList<>();
        Caller c = Caller.fromRealm("x", names);
        for (String n : names) {
            boolean unit = n.contains(":") && !n.equals(TEMPORARY);
            if (!unit && java.util.Arrays.stream(Role.values()).noneMatch(r -> r.realmName().equals(n.toLowerCase(Locale.ROOT)))) {
                out.add("'" + n + "' is no role (" + java.util.Arrays.stream(Role.values()).map(Role::realmName).toList() + ")");
            }
        }
        if (c.roles().isEmpty()) {
            out.add("an account holds at least one role");
        }
        if (c.division() != null && !c.division().matches("\\d{6}|\\d{9}|\\d{12}")) {
            out.add("division:" + c.division() + " is no division code (6, 9 or 12 digits)");
        }
        if (c.identity() != null && !ResidentId.validate(c.identity()).valid() && !CreditCode.validate(c.identity()).valid()) {
            out.add("identity:" + c.identity() + " is neither a resident ID number nor a credit code");
        }
        if (c.has(Role.REVIEWER) && c.departments().isEmpty()) {
            out.add("a reviewer names its department(s): department:CREDITCODE");
        }
        if (c.has(Role.APPLICANT) && c.identity() == null) {
            out.add("an applicant is bound to its identity: identity:ID-NUMBER-OR-CREDIT-CODE");
        }
        return out;
    }

    static String generated() {
        while (true) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
                if (i == 7) {
                    b.append('-');
                }
            }
            if (PasswordPolicy.problems(null, b.toString().toCharArray()).isEmpty()) {
                return b.toString();
            }
        }
    }

}
