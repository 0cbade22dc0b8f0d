package dev.ascent.catalog.web;

import dev.ascent.catalog.RoadmapRelease;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A release with its date written for people. */
record ReleaseView(RoadmapRelease release, String date) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static ReleaseView of(RoadmapRelease release) {
        return new ReleaseView(release, DATE.format(release.publishedAt()));
    }
}
