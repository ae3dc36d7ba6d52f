package org.tongban.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who this node is: id, level, division code, name and its upstream (parent node or provincial hub).
 * Construction validates every field together, so a bad configuration names all its faults at once.
 */
public record NodeIdentity(String id, NodeLevel level, String divisionCode, String name, String upstream, boolean demo) {

    public NodeIdentity {
        List<String> faults = problems(id, level, divisionCode, name, upstream);
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException("invalid node identity: " + String.join("; ", faults));
        }
        upstream = upstream == null || upstream.isBlank() ? null : upstream.trim();
    }

    /** The upstream node's base URL, absent for a node that reports to nobody. */
    public Optional<URI> upstreamUri() {
        return Optional.ofNullable(upstream).map(URI::create);
    }

    /** Every fault of the given values, empty when they make a valid identity. */
    public static List<String> problems(String id, NodeLevel level, String divisionCode, String name, String upstream) {
        List<String> faults = new ArrayList<>();
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            faults.add("id must be 1-64 letters, digits, '.', '_' or '-', got '" + id + "'");
        }
        if (level == null) {
            faults.add("level is missing");
        }
        if (divisionCode == null || !divisionCode.matches("\\d+")) {
            faults.add("divisionCode must be digits, got '" + divisionCode + "'");
        } else if (level != null && divisionCode.length() != level.divisionCodeLength()) {
            faults.add("divisionCode of a " + level.name().toLowerCase() + " node has " + level.divisionCodeLength()
                    + " digits, got " + divisionCode.length());
        }
        if (name == null || name.isBlank()) {
            faults.add("name is missing");
        }
        if (upstream != null && !upstream.isBlank()) {
            try {
                URI uri = URI.create(upstream.trim());
                if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    faults.add("upstream must be an http(s) URL, got '" + upstream + "'");
                }
            } catch (IllegalArgumentException e) {
                faults.add("upstream is not a URL: '" + upstream + "'");
            }
        }
        return faults;
    }
}
