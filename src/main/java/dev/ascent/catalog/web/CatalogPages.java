package dev.ascent.catalog.web;

import dev.ascent.catalog.Catalog;
import dev.ascent.catalog.ProjectTier;
import dev.ascent.catalog.Roadmap;
import dev.ascent.catalog.TopicGraph;
import dev.ascent.catalog.TopicKind;
import dev.ascent.platform.PublicCaching;
import dev.ascent.platform.RenderedFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import dev.ascent.accounts.CurrentAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog pages: the home page of roadmap cards, a roadmap's page (timeline, topic graph
 * explorer, projects, checkpoints, changelog) and a topic's detail. htmx requests get just the
 * fragment they replace; the same URLs work as full pages without JavaScript.
 */
@Controller
class CatalogPages {

    private final Catalog catalog;
    private final RenderedFragments fragments;
    private final PublicCaching caching;

    CatalogPages(Catalog catalog, RenderedFragments fragments, PublicCaching caching) {
        this.catalog = catalog;
        this.fragments = fragments;
        this.caching = caching;
    }

    @GetMapping("/")
    @Nullable String home(Model model, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        var roadmaps = catalog.roadmaps();
        if (caching.notModified(webRequest, request, response, CatalogApi.catalogVersion(roadmaps))) {
            return null;
        }
        model.addAttribute("roadmaps", roadmaps);
        return "catalog/home";
    }

    @GetMapping("/roadmaps/{id}")
    @Nullable String roadmap(@PathVariable String id,
                   @RequestParam(required = false) @Nullable String q,
                   @RequestParam(required = false) @Nullable String level,
                   @RequestParam(required = false) @Nullable String kind,
                   @RequestParam(required = false) @Nullable String phase,
                   @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                   @RequestHeader(name = "HX-Target", required = false) @Nullable String target,
                   @Nullable CurrentAccount me, Model model, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Roadmap roadmap = catalog.roadmap(id, reader(me)).orElseThrow(() -> unknownRoadmap(id));
        if (caching.notModified(webRequest, request, response, roadmap.id() + "@" + roadmap.version())) {
            return null;
        }
        if (caching.fromAVisitor(request) && request.getQueryString() == null && request.getRequestURI().equals(request.getContextPath() + "/roadmaps/" + roadmap.id())) {
            // the whole page is the same for every visitor of this version (and release, which is this running app):
            // rendered once, kept as its bytes, and sent as they are
            fragments.html("roadmap-page/" + roadmap.id(), roadmap.version(), "catalog/roadmap", () -> {
                explorerModel(roadmap, TopicFilter.of(roadmap, null, null, null, null), model);
                pageModel(roadmap, model);
                return model.asMap();
            }).sendAsPage(response);
            return null;
        }
        explorerModel(roadmap, TopicFilter.of(roadmap, q, level, kind, phase), model);
        if (htmx != null && "explorer".equals(target)) {
            return "catalog/explorer";
        }
        pageModel(roadmap, model);
        return "catalog/roadmap";
    }

    /** The graph and the topic list, as filtered. */
    private void explorerModel(Roadmap roadmap, TopicFilter filter, Model model) {
        Set<String> matching = filter.matching(roadmap);
        TopicGraph graph = filter.phase() == null ? catalog.graph(roadmap.id()).orElseThrow() : catalog.graph(roadmap.id(), filter.phase().id()).orElseThrow();
        Set<String> visibleGroups = visibleGroups(roadmap, matching);
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("graph", graph);
        model.addAttribute("filter", filter);
        model.addAttribute("matching", matching);
        model.addAttribute("visibleGroups", visibleGroups);
        model.addAttribute("levels", roadmap.levels().ladder());
        model.addAttribute("kinds", TopicKind.values());
        if (filter.query().isEmpty() && filter.level() == null && filter.kind() == null) {
            // the graph and list are then the same for every visitor of this version (and phase)
            String part = "roadmap-explorer/" + roadmap.id() + "/" + (filter.phase() == null ? "" : filter.phase().id());
            model.addAttribute("graphAndList", fragments.html(part, roadmap.version(), "catalog/graphAndList", Map.of(
                    "roadmap", roadmap, "graph", graph, "filter", filter, "matching", matching, "visibleGroups", visibleGroups)));
        }
    }

    /** The rest of the page around the explorer. */
    private void pageModel(Roadmap roadmap, Model model) {
        model.addAttribute("timeline", Timeline.of(roadmap));
        model.addAttribute("projectsByTier", projectsByTier(roadmap));
        model.addAttribute("releases", catalog.releases(roadmap.id()));
        model.addAttribute("topicsById", topicsById(roadmap));
    }

    @GetMapping("/roadmaps/{id}/topics/{topicId}")
    @Nullable String topic(@PathVariable String id, @PathVariable String topicId,
                 @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
                 @Nullable CurrentAccount me, Model model, WebRequest webRequest, HttpServletRequest request, HttpServletResponse response) {
        Roadmap roadmap = catalog.roadmap(id, reader(me)).orElseThrow(() -> unknownRoadmap(id));
        if (roadmap.topic(topicId).isPresent() && caching.notModified(webRequest, request, response, roadmap.id() + "@" + roadmap.version())) {
            return null;
        }
        TopicView view = TopicView.of(roadmap, topicId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "The roadmap “%s” has no topic with id “%s”.".formatted(roadmap.title(), topicId)));
        model.addAttribute("roadmap", roadmap);
        model.addAttribute("view", view);
        return htmx != null ? "catalog/topicDetail" : "catalog/topic";
    }

    /** Phases and groups that hold at least one matching topic, so the list hides empty headings. */
    private static Set<String> visibleGroups(Roadmap roadmap, Set<String> matching) {
        Set<String> visible = new java.util.HashSet<>();
        for (Roadmap.Phase phase : roadmap.phases()) {
            for (Roadmap.Group group : phase.groups()) {
                if (group.topics().stream().anyMatch(matching::contains)) {
                    visible.add(group.id());
                    visible.add(phase.id());
                }
            }
        }
        return visible;
    }

    private static Map<ProjectTier, List<Roadmap.Project>> projectsByTier(Roadmap roadmap) {
        Map<ProjectTier, List<Roadmap.Project>> byTier = new LinkedHashMap<>();
        for (ProjectTier tier : ProjectTier.values()) {
            List<Roadmap.Project> projects = roadmap.projects().stream().filter(p -> p.tier() == tier).toList();
            if (!projects.isEmpty()) {
                byTier.put(tier, projects);
            }
        }
        return byTier;
    }

    private static Map<String, String> topicsById(Roadmap roadmap) {
        Map<String, String> titles = new LinkedHashMap<>();
        roadmap.topics().forEach(t -> titles.put(t.id(), t.title()));
        roadmap.projects().forEach(p -> titles.put(p.id(), p.title()));
        roadmap.phases().forEach(p -> titles.put(p.id(), p.title()));
        return titles;
    }

    private static ResponseStatusException unknownRoadmap(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no roadmap with id “%s”. It may have been renamed; the catalog lists every roadmap.".formatted(id));
    }

    private static java.util.@Nullable UUID reader(@Nullable CurrentAccount me) {
        return CatalogApi.reader(me);
    }
}
