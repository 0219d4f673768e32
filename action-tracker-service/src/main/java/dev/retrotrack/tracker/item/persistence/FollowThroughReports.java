package dev.retrotrack.tracker.item.persistence;

import java.util.Optional;

import dev.retrotrack.tracker.item.FollowThroughReport;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/** One follow-through report per retro, replaced when the same retro event is handled again. */
@Repository
public class FollowThroughReports {

    private final MongoTemplate mongo;

    FollowThroughReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(FollowThroughReport report) {
        mongo.save(new ReportDocument(report.retroId(), report));
    }

    public Optional<FollowThroughReport> find(String retroId) {
        return Optional.ofNullable(mongo.findById(retroId, ReportDocument.class)).map(ReportDocument::report);
    }

    @Document("follow_through_reports")
    record ReportDocument(@Id String retroId, FollowThroughReport report) {
    }
}
