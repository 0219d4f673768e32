package dev.retrotrack.localstack;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class EqualityLookupIndexTest {

    private final MemoryUniqueIndex idIndex = new MemoryUniqueIndex("_id_", List.of(new IndexKey("_id", true)), false);
    private final Index<Integer> index = EqualityLookupIndex.wrapIfIdIndex(idIndex);

    @BeforeEach
    void holdThreeDocuments() {
        for (int position = 0; position < 3; position++) {
            index.add(new Document("_id", "item-" + position).append("version", 1), position, null);
        }
    }

    @Test
    void answersAConditionalWriteByIdPlusVersionFromTheIdEntry() {
        Document query = new Document("_id", "item-2").append("version", 1);

        assertThat(idIndex.canHandle(query)).as("the library's own index declines it").isFalse();
        assertThat(index.canHandle(query)).isTrue();
        assertThat(index.getPositions(query)).containsExactly(2);
    }

    @Test
    void offersNoCandidateForAnIdThatIsNotThere() {
        Document query = new Document("_id", "item-9").append("version", new Document("$lt", 4));

        assertThat(index.canHandle(query)).isTrue();
        assertThat(index.getPositions(query)).isEmpty();
    }

    @Test
    void leavesQueriesWithoutAPlainIdEqualityToAScan() {
        assertThat(index.canHandle(new Document("version", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", new Document("$gt", "item-0")).append("version", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", List.of("item-0")).append("version", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", Pattern.compile("item")).append("version", 1))).isFalse();
        assertThat(index.canHandle(new Document("_id", new BsonRegularExpression("item")).append("version", 1)))
                .isFalse();
        assertThat(index.canHandle(new Document("_id", null).append("version", 1))).isFalse();
    }

    @Test
    void keepsTheLibrarysAnswerForQueriesItAlreadyHandled() {
        Document byId = new Document("_id", "item-1");
        Document byIds = new Document("_id", new Document("$in", List.of("item-0", "item-2")));

        assertThat(index.getPositions(byId)).containsExactlyElementsOf(idIndex.getPositions(byId));
        assertThat(index.getPositions(byIds)).containsExactlyInAnyOrderElementsOf(idIndex.getPositions(byIds));
    }

    @Test
    void maintainsTheLibrarysEntries() {
        index.remove(new Document("_id", "item-1").append("version", 1));

        assertThat(idIndex.getCount()).isEqualTo(2);
        assertThat(index.getPositions(new Document("_id", "item-1").append("version", 1))).isEmpty();
    }

    @Test
    void leavesEveryOtherIndexAsItIs() {
        Index<Integer> compound = new MemoryUniqueIndex("team_1_key_1",
                List.of(new IndexKey("team", true), new IndexKey("key", true)), false);
        Index<Integer> otherKey = new MemoryUniqueIndex("a.0_1", List.of(new IndexKey("a.0", true)), false);

        assertThat(EqualityLookupIndex.wrapIfIdIndex(compound)).isSameAs(compound);
        assertThat(EqualityLookupIndex.wrapIfIdIndex(otherKey)).isSameAs(otherKey);
    }
}
