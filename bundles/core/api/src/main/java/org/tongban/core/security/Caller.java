package org.tongban.core.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.tongban.core.rest.Role;

/**
 * Who is asking, as every service method is told: the account, its roles, the hall's division and, per role, its unit
 * (a reviewer's departments, a clerk's window, an agent's service point, an agency, an applicant's identity). Services
 * decide on these what the caller may see and change; nothing else about the request reaches them.
 *
 * @param division  the division code of the account's hall; its scope is that division and everything below it;
 *                  null for an account of the whole node
 * @param identity  an applicant's resident ID number or unified social credit code (upper case); null otherwise
 * @param address   where the request came from (for the access record); null when not over the network
 */
public record Caller(String user, Set<Role> roles, String division, Set<String> departments, String window, String point,
                     String agency, String identity, String address) {

    public Caller(String user, Set<Role> roles, String division, Set<String> departments, String window, String point,
                  String agency, String identity) {
        this(user, roles, division, departments, window, point, agency, identity, null);
    }

    /** This caller, as arrived from an address. */
    public Caller from(String from) {
        return new Caller(user, roles, division, departments, window, point, agency, identity, from);
    }

    /** Realm group names that carry a unit rather than a role, e.g. {@code department:11370783000007919T}. */
    public static final String DIVISION = "division:";
    public static final String DEPARTMENT = "department:";
    public static final String WINDOW = "window:";
    public static final String POINT = "point:";
    public static final String AGENCY = "agency:";
    public static final String IDENTITY = "identity:";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(roles));
        departments = Set.copyOf(departments);
        identity = identity == null ? null : identity.trim().toUpperCase(Locale.ROOT);
    }

    /** Node-internal work (a sweep, a link, a forwarded application): the whole node, as the node itself. */
    public static Caller system(String name) {
        return new Caller(name, Set.of(Role.NODE), null, Set.of(), null, null, null, null);
    }

    /** The caller of a realm login: role names and unit names ({@link #DEPARTMENT} …) as the realm lists them. */
    public static Caller fromRealm(String user, Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> departments = new TreeSet<>();
        String division = null;
        String window = null;
        String point = null;
        String agency = null;
        String identity = null;
        for (String n : names) {
            String v = n.substring(n.indexOf(':') + 1).trim();
            if (n.startsWith(DIVISION)) {
                division = v;
            } else if (n.startsWith(DEPARTMENT)) {
                departments.add(v.toUpperCase(Locale.ROOT));
            } else if (n.startsWith(WINDOW)) {
                window = v;
            } else if (n.startsWith(POINT)) {
                point = v;
            } else if (n.startsWith(AGENCY)) {
                agency = v;
            } else if (n.startsWith(IDENTITY)) {
                identity = v;
            } else {
                for (Role r : Role.values()) {
                    if (r.realmName().equals(n.trim().toLowerCase(Locale.ROOT))) {
                        roles.add(r);
                    }
                }
            }
        }
        return new Caller(user, roles, division, departments, window, point, agency, identity);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The realm name of the caller's first role (in {@link Role}'s order), for audit records. */
    public String role() {
        return roles.isEmpty() ? "" : roles.iterator().next().realmName();
    }

    /**
     * Whether a division lies in the caller's scope: the caller's own division or one below it (a county's account
     * covers its townships and villages); an account of the whole node covers every division.
     */
    public boolean covers(String divisionCode) {
        return division == null || (divisionCode != null && divisionCode.startsWith(DivisionScope.prefix(division)));
    }

    /**
     * A division prefix a caller asked for, narrowed to the caller's scope: the longer of the two when one extends the
     * other, empty when they do not meet (a county's supervisor asking for another county). A blank request means the
     * caller's whole scope.
     */
    public java.util.Optional<String> within(String requestedPrefix) {
        String mine = divisionPrefix();
        String asked = requestedPrefix == null ? "" : requestedPrefix.trim();
        if (asked.startsWith(mine)) {
            return java.util.Optional.of(asked);
        }
        return mine.startsWith(asked) ? java.util.Optional.of(mine) : java.util.Optional.empty();
    }

    /** The prefix every division code in the caller's scope starts with; empty for the whole node. */
    public String divisionPrefix() {
        return division == null ? "" : DivisionScope.prefix(division);
    }
}
