package dev.ascent.teams;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A member of a team asked for what only its mentors and leads may see or do: 403, with the reason. */
public class MentorsOnly extends ResponseStatusException {

    public MentorsOnly(String what) {
        super(HttpStatus.FORBIDDEN, "Only a mentor or lead of this team can " + what + ".");
    }
}
