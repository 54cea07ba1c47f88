package io.hikeshi.web;

import io.hikeshi.actions.ActionItems;
import io.hikeshi.incident.IncidentCard;
import io.hikeshi.incident.IncidentCards;
import io.hikeshi.labels.IncidentLabels;
import io.hikeshi.labels.Label;
import io.hikeshi.labels.Labels;
import io.hikeshi.postmortem.PostmortemQueries;
import io.hikeshi.postmortem.PostmortemView;
import io.hikeshi.roles.Roles;
import io.hikeshi.timeline.Timeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** One incident as its page and the API show it, read in one transaction from the features that hold its parts. */
@ApplicationScoped
class IncidentDetails {

    /**
     * @param roles       every role assignment, oldest first, relieved ones included
     * @param postmortem  null until one is drafted
     * @param labelHistory every label the incident had, oldest first
     */
    record Detail(IncidentCard card, List<Roles.Holding> roles, List<Timeline.Entry> timeline,
                  List<ActionItems.Item> actionItems, PostmortemView postmortem, IncidentLabels labels,
                  List<Label> labelHistory) {
    }

    private final IncidentCards cards;
    private final Roles roles;
    private final Timeline timeline;
    private final ActionItems actionItems;
    private final PostmortemQueries postmortems;
    private final Labels labels;

    IncidentDetails(IncidentCards cards, Roles roles, Timeline timeline, ActionItems actionItems,
                    PostmortemQueries postmortems, Labels labels) {
        this.labels = labels;
        this.cards = cards;
        this.roles = roles;
        this.timeline = timeline;
        this.actionItems = actionItems;
        this.postmortems = postmortems;
    }

    /** Empty when there is no incident of that number. */
    @Transactional
    Optional<Detail> of(long number) {
        return cards.byNumber(number).map(card -> new Detail(card, roles.history(number),
                timeline.of(number), actionItems.all(number), postmortems.of(number).orElse(null),
                labels.current(number), labels.history(number)));
    }
}
