package dev.retrotrack.ingest.retro.persistence;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Receipts by retro id. */
public interface RetroReceiptRepository extends MongoRepository<RetroReceipt, String> {

    Optional<RetroReceipt> findByRetroIdAndTeam(String retroId, String team);
}
