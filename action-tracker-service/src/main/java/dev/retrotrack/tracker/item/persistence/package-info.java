/**
 * Items in MongoDB. Each item is one document that also holds its outbox: the events of a change are written in
 * the same single-document write as the change, so "saved but not published" cannot happen without transactions.
 */
package dev.retrotrack.tracker.item.persistence;
