package dev.ascent.catalog.web;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.RoadmapRelease;
import dev.ascent.catalog.RoadmapSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;
import dev.ascent.platform.PublicCaching;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.ascent.accounts.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

/** The catalog as open data: every roadmap, in full, as JSON (and its YAML source). */
@RestController
@RequestMapping(path = "/api/v1/roadmaps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Roadmaps", description = "The published roadmaps, their topics and versions")
class CatalogApi {

    private final Catalog catalog;
    private final PublicCaching caching;

    CatalogApi(Catalog catalog, PublicCaching caching) {
        this.catalog = catalog;
        this.caching = caching;
    }

    // Every answer here is the same for every caller and changes only with a roadmap's version: an ETag per version
    // answers a repeated request with 304, and a shared cache may keep it (see PublicCaching).

    @GetMapping
    @Operation(summary = "List the published roadmaps")
    @Nullable List<RoadmapSummary> roadmaps(WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        List<RoadmapSummary> roadmaps = catalog.roadmaps();
        return caching.notModified(webRequest, request, response, catalogVersion(roadmaps)) ? null : roadmaps;
    }

    /** Names the catalog as it is: every roadmap at its version, for the catalog page's and list's ETag. */
    static String catalogVersion(List<RoadmapSummary> roadmaps) {
        String versions = roadmaps.stream().map(r -> r.id() + "@" + r.version()).collect(java.util.stream.Collectors.joining(","));
        return "catalog-" + Integer.toHexString(versions.hashCode());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a roadmap in full: phases, topics, projects, checkpoints")
    @ApiResponse(responseCode = "404", description = "No roadmap with this id")
    @Nullable Roadmap roadmap(@PathVariable String id, @Nullable CurrentAccount me, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        Roadmap roadmap = catalog.roadmap(id, reader(me)).orElseThrow(() -> unknownRoadmap(id));
        return caching.notModified(webRequest, request, response, version(roadmap)) ? null : roadmap;
    }

    @GetMapping("/{id}/topics/{topicId}")
    @Operation(summary = "Get one topic with where it sits and what builds on it")
    @ApiResponse(responseCode = "404", description = "No roadmap or topic with this id")
    @Nullable TopicView topic(@PathVariable String id, @PathVariable String topicId,
                              @Nullable CurrentAccount me, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        Roadmap roadmap = catalog.roadmap(id, reader(me)).orElseThrow(() -> unknownRoadmap(id));
        TopicView view = TopicView.of(roadmap, topicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Roadmap '%s' has no topic with id '%s'".formatted(id, topicId)));
        return caching.notModified(webRequest, request, response, version(roadmap)) ? null : view;
    }

    @GetMapping("/{id}/releases")
    @Operation(summary = "List a roadmap's published versions with what each added, removed and changed")
    @ApiResponse(responseCode = "404", description = "No roadmap with this id")
    @Nullable List<RoadmapRelease> releases(@PathVariable String id, @Nullable CurrentAccount me, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        Roadmap roadmap = catalog.roadmap(id, reader(me)).orElseThrow(() -> unknownRoadmap(id));
        return caching.notModified(webRequest, request, response, version(roadmap)) ? null : catalog.releases(id);
    }

    @GetMapping(path = "/{id}/source", produces = "application/yaml")
    @Operation(summary = "Get the YAML file of the current version, as published")
    @ApiResponse(responseCode = "404", description = "No roadmap with this id")
    @Nullable ResponseEntity<String> source(@PathVariable String id, @Nullable CurrentAccount me, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        Roadmap roadmap = catalog.roadmap(id, reader(me)).orElseThrow(() -> unknownRoadmap(id));
        if (caching.notModified(webRequest, request, response, version(roadmap))) {
            return null;
        }
        String yaml = catalog.source(id).orElseThrow(() -> unknownRoadmap(id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"))
                .header("Content-Disposition", "inline; filename=\"" + id + ".yaml\"")
                .body(yaml);
    }

    private static String version(Roadmap roadmap) {
        return roadmap.id() + "@" + roadmap.version();
    }

    static ResponseStatusException unknownRoadmap(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no roadmap with id '%s'".formatted(id));
    }

    /** Who reads: a team's roadmap is shown only to its members, and is unknown to anyone else. */
    static java.util.@Nullable UUID reader(@Nullable CurrentAccount me) {
        return me == null ? null : me.id();
    }
}
