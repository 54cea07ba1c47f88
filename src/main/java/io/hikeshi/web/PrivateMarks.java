package io.hikeshi.web;

import io.hikeshi.incident.Audience;
import io.hikeshi.incident.IncidentAccess;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;

/**
 * Which incidents are private, for the "Private" badge that members and admins see on them (nobody else is shown a
 * private incident at all); read once per request.
 */
@RequestScoped
public class PrivateMarks {

    private final IncidentAccess access;
    private Set<Long> numbers;

    PrivateMarks(IncidentAccess access) {
        this.access = access;
    }

    /** Whether the incident is private. */
    public boolean of(long number) {
        if (numbers == null) {
            // What is hidden from someone who sees no private incident is every private incident.
            numbers = access.visibility(Audience.PUBLIC).hidden();
        }
        return numbers.contains(number);
    }
}
