package dev.ascent.teams;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member of a team asked for what only its leads may do: 403, with the reason. A person outside the team
 * never gets this: for them the team does not exist (404), so its id tells them nothing.
 */
public class LeadsOnly extends ResponseStatusException {

    public LeadsOnly(String what) {
        super(HttpStatus.FORBIDDEN, "Only a lead of this team can " + what + ".");
    }
}
