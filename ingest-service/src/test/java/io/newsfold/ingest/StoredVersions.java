package io.newsfold.ingest;

import io.newsfold.infra.TestInfra;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** What ingest has stored, read straight from its table, so tests can check what a request left behind. */
final class StoredVersions {

    private StoredVersions() {
    }

    static long count() throws SQLException {
        try (var c = connection();
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM ingest.article_versions")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** article id#version → digest of the whole row, for every stored version. */
    static Map<String, String> digests() throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (var c = connection(); var rs = c.createStatement().executeQuery(
                "SELECT article_id, version, md5(v::text) FROM ingest.article_versions v")) {
            while (rs.next()) {
                rows.put(rs.getString(1) + "#" + rs.getInt(2), rs.getString(3));
            }
        }
        return rows;
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(TestInfra.get().jdbcUrl(), TestInfra.get().dbUser(),
                TestInfra.get().dbPassword());
    }
}
