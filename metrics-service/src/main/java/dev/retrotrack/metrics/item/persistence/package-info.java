/** The latest known state of every item, one document per item id, guarded by the item's version. */
package dev.retrotrack.metrics.item.persistence;
