/** HTTP API of the tracker: listing a team's items and reading one item with its history. */
package dev.retrotrack.tracker.item.web;
