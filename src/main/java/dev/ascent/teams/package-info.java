/**
 * Teams: a team of people learning together, with the roles lead, mentor and member; invitations by a
 * single-use link that expires (mailed too when SMTP is configured); joining, declining, leaving and
 * removal; one person in several teams.
 * <p>
 * The API of the module is {@link dev.ascent.teams.Teams} and the records beside it. Every change to a
 * team is announced as a past-tense event ({@link dev.ascent.teams.MemberJoined}, {@link dev.ascent.teams.MemberLeft}, …)
 * for what builds on teams later (notifications, reviews). Nothing depends on this module.
 */
@ApplicationModule(displayName = "Teams",
        allowedDependencies = {"accounts", "catalog", "learning", "planning", "practice", "platform"})
@NullMarked
package dev.ascent.teams;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
