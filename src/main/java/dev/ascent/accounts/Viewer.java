package dev.ascent.accounts;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Who is looking at a page, as every jte page template receives it ({@code @param Viewer viewer}):
 * the signed-in account or none, the CSRF token its forms carry, the path and the query parameters
 * the page was asked with (for notices such as {@code ?saved}, and the header's current section), and the
 * number of unread notifications the header shows.
 * <p>
 * The token is read only when a form asks for it: reading it stores it in the session, and a
 * visitor's public page must not start one.
 */
public record Viewer(@Nullable CurrentAccount account, @Nullable CsrfToken csrf, String path, Map<String, String[]> parameters,
                     IntSupplier unread) {

    /** A page rendered outside a controller (an error page): no one known, no forms, no section. */
    public static final Viewer NOBODY = new Viewer(null, null, "", Map.of(), () -> 0);

    /**
     * How many notifications the signed-in account has not read, for the header; asked only when a page draws
     * its header (an htmx fragment never does), and 0 for a visitor.
     */
    public int unreadNotifications() {
        return account == null ? 0 : unread.getAsInt();
    }

    /**
     * {@code "page"} for the header link of the section this page belongs to, for {@code aria-current}
     * (jte leaves out an attribute whose value is null): {@code /learn} is current on {@code /learn/…};
     * the catalog's {@code /} on the home page and every {@code /roadmaps/…} page.
     */
    public @Nullable String current(String section) {
        boolean inside = section.equals("/")
                ? path.equals("/") || path.startsWith("/roadmaps/")
                : path.equals(section) || path.startsWith(section + "/");
        return inside ? "page" : null;
    }

    public boolean signedIn() {
        return account != null;
    }

    public boolean admin() {
        return account != null && account.admin();
    }

    /** The token's value for a form's hidden {@code _csrf} field. */
    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** Whether the page was asked for with this query parameter ({@code ?saved}). */
    public boolean has(String parameter) {
        return parameters.containsKey(parameter);
    }

    /** A query parameter's first value, or null. */
    public @Nullable String parameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}
