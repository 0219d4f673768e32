package dev.retrotrack.tracker.item.application;

/** No tracked item has this id. */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(String id) {
        super("No tracked item has id '" + id + "'.");
    }
}
