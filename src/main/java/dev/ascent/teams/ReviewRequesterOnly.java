package dev.ascent.teams;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A mentor or lead asked to do what only the member who asked for the review may do: 403, with the reason. */
public class ReviewRequesterOnly extends ResponseStatusException {

    public ReviewRequesterOnly(String what) {
        super(HttpStatus.FORBIDDEN, "Only the member who asked for this review can " + what + ".");
    }
}
