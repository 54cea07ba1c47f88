package io.hikeshi.catchup;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.chat.ChatGateway;
import io.hikeshi.chat.UserNames;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.roles.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a new commander gets besides the catch-up: the open action items and the unticked checklist items. */
@ApplicationScoped
class HandoverSections {

    private final ActionItems actionItems;
    private final Instance<ChecklistSource> checklists;
    private final ChatGateway chat;

    HandoverSections(ActionItems actionItems, Instance<ChecklistSource> checklists, ChatGateway chat) {
        this.actionItems = actionItems;
        this.checklists = checklists;
        this.chat = chat;
    }

    List<CatchUp.Section> sections(long incidentId, String userId) {
        List<IncidentCard.OpenAction> open = QuarkusTransaction.requiringNew().call(() -> actionItems.open(incidentId));
        UserNames names = new UserNames(chat);
        List<CatchUp.Point> items = open.stream().map(item -> point(MessageText.readable(item.text(), names::of)
                + item.owner().map(owner -> " (owner: " + names.of(owner) + ")").orElse(" (no owner yet)"))).toList();
        List<CatchUp.Point> todo = new ArrayList<>();
        for (ChecklistSource source : checklists) {
            source.unticked(incidentId, Roles.COMMANDER).forEach(line -> todo.add(point(line)));
        }
        return List.of(
                new CatchUp.Section("Open action items", items.isEmpty() ? List.of(point("None open.")) : items),
                new CatchUp.Section("Checklist items not ticked yet", todo.isEmpty() ? List.of(point("None."))
                        : todo));
    }

    private static CatchUp.Point point(String text) {
        return new CatchUp.Point(CatchUpDraftChecker.clean(text, Set.of()), List.of());
    }
}
