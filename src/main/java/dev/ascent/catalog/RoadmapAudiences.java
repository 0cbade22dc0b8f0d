package dev.ascent.catalog;

import java.util.Set;
import java.util.UUID;

/**
 * Who may read a roadmap that belongs to an audience rather than to everyone (a team's roadmap): the audiences
 * an account is in. The catalog treats an audience as an opaque id; the module that keeps teams implements this,
 * since it depends on the catalog and not the other way round. With no implementation, nobody is in any
 * audience and only public roadmaps are readable.
 */
public interface RoadmapAudiences {

    Set<UUID> audiencesOf(UUID accountId);
}
