package dev.ascent.teams;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A member of a team asked for what only its leads and mentors see: 403, with the reason (outsiders get 404). */
public class MentorsAndLeadsOnly extends ResponseStatusException {

    public MentorsAndLeadsOnly(String what) {
        super(HttpStatus.FORBIDDEN, "Only a lead or a mentor of this team can " + what + ".");
    }
}
