package dev.retrotrack.tracker.item.web;

import java.util.List;

/** One page of a team's items. */
record ItemPage(List<ItemView> items, int page, int size, long total) {
}
