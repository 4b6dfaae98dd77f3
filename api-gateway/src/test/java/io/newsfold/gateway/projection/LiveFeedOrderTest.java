package io.newsfold.gateway.projection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsfold.infra.testing.NewsfoldInfraResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NewsfoldInfraResource.class)
class LiveFeedOrderTest {

    @Inject
    DataSource dataSource;

    @Inject
    LiveFeed feed;

    @Test
    void entriesOfTwoTransactionsAppendingAtOnceCommitInNumberOrder() throws Exception {
        String first = "story-" + UUID.randomUUID();
        String second = "story-" + UUID.randomUUID();
        CompletableFuture<Void> later;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            LiveFeed.lockForAppend(c);
            feed.append(c, "story-created", first, null);
            later = CompletableFuture.runAsync(() -> appendAndCommit(second));
            // Without the lock the second transaction would commit a higher number while the first is open, and a
            // reader between the two commits would pass the first entry's number for good.
            Thread.sleep(500);
            assertFalse(later.isDone(), "the second transaction waits for the first to commit");
            c.commit();
        }
        later.get(10, TimeUnit.SECONDS);
        assertTrue(entryOf(first) < entryOf(second));
    }

    private void appendAndCommit(String storyId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            LiveFeed.lockForAppend(c);
            feed.append(c, "story-created", storyId, null);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long entryOf(String storyId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM gateway.feed WHERE story_id = ?")) {
            s.setString(1, storyId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }
}
