/**
 * Tracked items, the domain core: their identity, what a retro says about them and how they change. Plain Java;
 * adapters live in the sub-packages.
 */
package dev.retrotrack.tracker.item;
