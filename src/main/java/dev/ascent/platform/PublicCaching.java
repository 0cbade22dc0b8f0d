package dev.ascent.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Conditional GETs for what is the same for every visitor (a roadmap page, the catalog API): an ETag names the
 * content's version, a request that already holds it gets 304 without anything being read or rendered, and
 * {@code Cache-Control: public} lets a shared cache (a CDN, a reverse proxy) answer for us. The ETag also carries
 * this release of the app's pages (a digest of every template, stylesheet and script: the
 * classes jte-maven-plugin compiles from src/main/jte), so a deploy that changes a page changes its ETag, and every
 * instance of one release agrees on it.
 * Only for anonymous, non-htmx requests: a signed-in person's pages carry their own state and keep Spring
 * Security's private, no-store headers; an htmx request gets a fragment, not the page at that address.
 */
@Component
public class PublicCaching {

    /** How long a shared cache may serve a copy before asking again (a new version shows within this time). */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final String release;

    /**
     * What a page is made of, as classpath folders: jte's templates compiled to classes and their text as bytes
     * (the sources are not on the classpath), stylesheets and scripts.
     */
    static final String[] PAGE_FOLDERS = {"gg/jte/generated/precompiled", "static/css", "static/js"};

    PublicCaching() {
        this.release = digestOfPages(PublicCaching.class.getClassLoader());
    }

    /** The release of the pages, for tests and diagnostics. */
    public String release() {
        return release;
    }

    /**
     * Whether this request may be answered from what the client holds: true after setting the headers of a 304
     * (the caller returns nothing more); false when the caller renders as usual, with the caching headers set when
     * the request is a visitor's. {@code version} names the content, e.g. "backend-junior-to-senior@3".
     */
    public boolean notModified(WebRequest webRequest, HttpServletRequest request, HttpServletResponse response, String version) {
        if (!fromAVisitor(request)) {
            return false;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue());
        // the same address answers a signed-in person with their own page, and an htmx request with a fragment
        response.addHeader(HttpHeaders.VARY, "Cookie");
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        String query = request.getQueryString() == null ? "" : Digests.sha256Hex(request.getQueryString()).substring(0, 8);
        return webRequest.checkNotModified("\"" + version + "-" + release + (query.isEmpty() ? "" : "-" + query) + "\"");
    }

    /** Whether the request is a visitor's for a whole page: nobody signed in, no token, not htmx. Such an answer may be shared. */
    public boolean fromAVisitor(HttpServletRequest request) {
        return request.getUserPrincipal() == null && request.getHeader("HX-Request") == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /** The digest of every file under {@link #PAGE_FOLDERS} this class loader sees, by name and content. */
    static String digestOfPages(ClassLoader classLoader) {
        try {
            var all = new java.io.ByteArrayOutputStream();
            var resolver = new PathMatchingResourcePatternResolver(classLoader);
            java.util.List<Resource> resources = new java.util.ArrayList<>();
            for (String folder : PAGE_FOLDERS) {
                try {
                    resources.addAll(Arrays.asList(resolver.getResources("classpath:" + folder + "/**/*.*")));
                } catch (java.io.FileNotFoundException absent) {
                    // a folder this class loader does not have (a test's own)
                }
            }
            resources.sort(Comparator.comparing(PublicCaching::name));
            for (Resource resource : resources) {
                all.writeBytes(name(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = resource.getInputStream()) {
                    all.writeBytes(in.readAllBytes());
                }
            }
            return Digests.sha256Hex(all.toByteArray()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource's path from its page folder on ({@code /templates/catalog/...}), the same on every instance whatever the install path. */
    private static String name(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = 0;
            for (String folder : PAGE_FOLDERS) {
                at = Math.max(at, url.lastIndexOf("/" + folder + "/"));
            }
            return url.substring(at);
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }
}
