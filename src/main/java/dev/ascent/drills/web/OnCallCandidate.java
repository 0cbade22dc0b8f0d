package dev.ascent.drills.web;

/** Someone a lead or mentor may run a drill for: {@code value} is "team:member" as the form sends it. */
public record OnCallCandidate(String value, String label) {
}
