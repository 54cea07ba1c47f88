package io.hikeshi.catchup;

import io.hikeshi.roles.RolesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The checklist of the role itself (configured in hikeshi.roles), which nobody ticks: all of it applies. */
@ApplicationScoped
class RoleChecklist implements ChecklistSource {

    private final RolesConfig roles;

    RoleChecklist(RolesConfig roles) {
        this.roles = roles;
    }

    @Override
    public List<String> unticked(long incidentId, String role) {
        return roles.find(role).map(definition -> List.copyOf(definition.checklist())).orElse(List.of());
    }
}
