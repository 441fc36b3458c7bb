package dk.hrassistenten.knowledge.units;

import dk.hrassistenten.knowledge.document.MetadataExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles the drafts of all documents into units: renamed units join their current unit, a unit of an unknown
 * or another organisation joins the one its name belongs to, short names join full ones, and parents are resolved
 * without cycles.
 */
final class DirectoryAssembly extends ExtractionReader {
    private final Map<String, RenameFact> renames;
    private final Map<String, String> stated;
    private final Map<String, String> departments;
    private final Set<String> organisations;

    DirectoryAssembly(ExtractionContext ctx) {
        super(ctx);
        this.renames = ctx.renames;
        this.stated = ctx.stated;
        this.departments = ctx.departments;
        this.organisations = ctx.organisations;
    }

    List<Unit> build() {
        // Renamed units join their current unit; a rename with no unit described under either name still
        // makes one, since a rename statement is about units.
        for (Map.Entry<String, RenameFact> e : renames.entrySet()) {
            RenameFact r = e.getValue();
            String current = ctx.current(r.toKey());
            Draft target = drafts.get(current);
            if (target == null) {
                RenameFact last = ctx.lastRenameInto(current);
                target = drafts.computeIfAbsent(current, k -> new Draft(k, r.source().organization() == null ? "" : r.source().organization(), checks::denies));
                if (target.name == null) {
                    target.seen(r.source(), last.toDisplay(), null);
                }
            }
            Draft old = drafts.remove(e.getKey());
            if (old != null && old != target) {
                target.absorb(old);
            }
            target.aliases.add(r.fromDisplay());
            target.renames.add(new Unit.Rename(r.fromDisplay(), r.statement(), r.merger(), r.source()));
        }
        // A document whose organisation is unknown describes units that one organisation's documents name: they are those.
        for (String k : List.copyOf(drafts.keySet())) {
            Draft d = drafts.get(k);
            if (d == null || !d.org.isEmpty()) {
                continue;
            }
            String nameKey = k.substring(k.indexOf('|') + 1);
            List<Draft> same = drafts.values().stream().filter(o -> !o.org.isEmpty() && o.key.substring(o.key.indexOf('|') + 1).equals(nameKey)).toList();
            if (same.size() == 1) {
                absorbInto(same.get(0), k);
            }
        }
        // "Mødeservice" in a newsletter's story and "Mødeservice Hyldebjerg" where the page names it in full are one
        // unit: a name that is another's of the same organisation without a place name is its short form.
        Set<String> draftOrganisations = drafts.values().stream().map(o -> o.org).collect(java.util.stream.Collectors.toSet());
        for (String k : List.copyOf(drafts.keySet())) {
            Draft d = drafts.get(k);
            if (d == null || !ctx.mayBeAShortName(d.name, d.org)) {
                continue;
            }
            List<Draft> full = drafts.values().stream().filter(o -> o != d && o.org.equals(d.org) && o.name != null
                    && o.name.startsWith(d.name + " ") && o.name.indexOf(' ', d.name.length() + 1) < 0 && draftOrganisations.stream().anyMatch(g -> UnitNameChecks.namedAfterPlace(o.name, g))).toList();
            if (full.size() == 1) {
                absorbInto(full.get(0), k);
            }
        }
        // "Arbejdsmiljø Kragsø" in a hospital's page, found by its place name alone or only named there, is the
        // region's unit of that name when the region's documents describe one: the page speaks of it, not of its own.
        for (String k : List.copyOf(drafts.keySet())) {
            Draft d = drafts.get(k);
            if (d == null || !d.onlyMentioned()) {
                continue;
            }
            String nameKey = k.substring(k.indexOf('|') + 1);
            List<Draft> same = drafts.values().stream().filter(o -> o != d && !o.onlyMentioned() && o.key.substring(o.key.indexOf('|') + 1).equals(nameKey)).toList();
            if (same.size() == 1 && UnitNameChecks.namedAfterPlace(d.name, d.org) && !UnitNameChecks.namedAfterPlace(same.get(0).name, same.get(0).org)) {
                absorbInto(d, same.get(0).key); // only mentioned by the organisation it is named after, described by another's page
            } else if (same.size() == 1) {
                absorbInto(same.get(0), k);
            }
        }
        // "Vagtløn Østerdal" in a hospital's page is Region Østerdal's unit of that name, and "HR Hjortsø" with its
        // leader in the region's wiki is Hjortsø Sygehus's: a unit named after an organisation's place is that
        // organisation's.
        for (String k : List.copyOf(drafts.keySet())) {
            Draft d = drafts.get(k);
            if (d == null) {
                continue;
            }
            String nameKey = k.substring(k.indexOf('|') + 1);
            List<Draft> owners = drafts.values().stream().filter(o -> o != d && !o.org.equals(d.org)
                    && o.key.substring(o.key.indexOf('|') + 1).equals(nameKey) && UnitNameChecks.namedAfterPlace(o.name, o.org)).toList();
            if (owners.size() == 1 && !UnitNameChecks.namedAfterPlace(d.name, d.org)) {
                absorbInto(owners.get(0), k);
            } else if (owners.isEmpty() && d.name != null && !UnitNameChecks.namedAfterPlace(d.name, d.org) && standsAlone(d)) {
                // "Lønbordet Vestkær" told of only in a hospital's guide is Region Vestkær's all the same; a unit
                // placed in its document's organisation (a parent or units under it) stays there
                List<String> places = organisations.stream().filter(g -> !UnitExtractor.orgKey(g).equals(d.org) && UnitNameChecks.namedAfterPlace(d.name, g)).toList();
                if (places.size() == 1) {
                    String g = UnitExtractor.orgKey(places.get(0));
                    Draft moved = ctx.draft(g, departments.get(g), d.name);
                    if (moved != d) {
                        absorbInto(moved, k);
                    }
                }
            }
        }
        // A heading taken for a unit that in the end tells nothing of one (no task, leader, contact, former name,
        // nor a unit above or below it: "Ændringer" over a list of renames) is no unit; a chart's leaf is one.
        Set<String> parents = new HashSet<>();
        drafts.values().forEach(d -> {
            if (d.parentKey != null) {
                parents.add(ctx.current(d.parentKey));
            }
        });
        stated.values().forEach(p -> parents.add(ctx.current(p)));
        drafts.values().removeIf(d -> d.tasks.isEmpty() && d.leader == null && d.email == null && d.phone == null && d.renames.isEmpty()
                && d.aliases.isEmpty() && d.reportsTo == null && d.location == null && !parents.contains(d.key)
                && d.parentKey == null && !stated.containsKey(d.key));
        Map<String, String> nameByKey = new HashMap<>();
        drafts.forEach((k, d) -> nameByKey.put(k, d.name));
        List<Unit> units = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.name == null) {
                continue;
            }
            String parentKey = stated.containsKey(d.key) ? ctx.current(stated.get(d.key)) : d.parentKey == null ? null : ctx.current(d.parentKey);
            if (parentKey == null && d.name.contains(", ")) {
                // "Fælles HR, Stab" is part of "Fælles HR" when that is a unit of its own.
                String dept = d.name.substring(0, d.name.indexOf(", "));
                String deptKey = d.org + "|" + UnitNames.squash(dept);
                parentKey = drafts.containsKey(deptKey) ? deptKey : null;
            }
            String parent = parentKey == null || parentKey.equals(d.key) || createsCycle(d.key, parentKey) ? null : nameByKey.get(parentKey);
            units.add(d.toUnit(parent));
        }
        return units;
    }

    /** A unit of no stated place in its organisation: no parent, no units under it, not its department's ("HR Bjergby, Lønteamet Rønby") nor an organisation's name. */
    private boolean standsAlone(Draft d) {
        return d.parentKey == null && !stated.containsKey(d.key) && !MetadataExtractor.namesAnOrganisation(d.name) && !d.name.contains(", ")
                && drafts.values().stream().noneMatch(o -> d.key.equals(o.parentKey)) && !stated.containsValue(d.key);
    }

    /** The draft of {@code key} becomes part of {@code target}; units placed under it are placed under the target. */
    private void absorbInto(Draft target, String key) {
        target.absorb(drafts.remove(key));
        drafts.values().forEach(o -> {
            if (key.equals(o.parentKey)) {
                o.parentKey = target.key;
            }
        });
    }

    private boolean createsCycle(String key, String parentKey) {
        Set<String> seen = new HashSet<>();
        String p = parentKey;
        while (p != null && seen.add(p)) {
            if (p.equals(key)) {
                return true;
            }
            Draft d = drafts.get(p);
            p = d == null ? null : (stated.containsKey(p) ? ctx.current(stated.get(p)) : d.parentKey == null ? null : ctx.current(d.parentKey));
        }
        return false;
    }
}
