package io.hikeshi.roles;

import java.util.Optional;

/**
 * Someone was given a role, fired inside the transaction that records it, so observers can queue their own side
 * effects with it (e.g. the handover brief of a new commander).
 */
public record RoleChanged(long incidentId, String role, String userId, Optional<String> previous, String assignedBy) {
}
