/**
 * Roadmaps as open data: the YAML format and its validator, loading built-in and team roadmaps,
 * versions with changelogs, the graph layout, the catalog pages and the read API.
 * <p>
 * The API of the module is this package: {@link dev.ascent.catalog.Catalog} and the records
 * that describe a roadmap. Everything else is internal.
 */
@ApplicationModule(displayName = "Catalog")
@NullMarked
package dev.ascent.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
