/** Use cases of the tracker: taking in a retro's items, and reading items. */
package dev.retrotrack.tracker.item.application;
