package dev.ascent.teams;

/** A team roadmap with its draft text, for the lead's editor. */
public record TeamRoadmapDraft(TeamRoadmap roadmap, String text) {
}
