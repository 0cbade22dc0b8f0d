package dev.ascent.teams.web;

import dev.ascent.accounts.CurrentAccount;
import dev.ascent.teams.Assignment;
import dev.ascent.teams.Assignments;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Map;

/**
 * What the teams list and a team's page show besides the team itself: the roadmaps assigned to the reader that
 * wait for an answer (every team's on the list, this team's on its page). Kept out of {@link TeamPages} so the
 * team's own page stays about who is in it.
 */
@ControllerAdvice(assignableTypes = TeamPages.class)
class TeamAdditions {

    private final Assignments assignments;

    TeamAdditions(Assignments assignments) {
        this.assignments = assignments;
    }

    @ModelAttribute("waiting")
    List<Assignment> waiting(@Nullable CurrentAccount me, @PathVariable(required = false) @Nullable Map<String, String> path) {
        if (me == null) {
            return List.of();
        }
        String team = path == null ? null : path.get("teamId");
        return assignments.mine(me.id()).stream().filter(Assignment::open)
                .filter(a -> team == null || a.teamId().toString().equals(team)).toList();
    }
}
