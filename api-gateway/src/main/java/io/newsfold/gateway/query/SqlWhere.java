package io.newsfold.gateway.query;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from conditions and their parameters, always bound, never spliced into the SQL. */
final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    SqlWhere and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds {@code EXISTS (<select> <inner's WHERE>)} with the inner clause's parameters. */
    SqlWhere andExists(String select, SqlWhere inner) {
        conditions.add("EXISTS (" + select + inner.sql() + ")");
        parameters.addAll(inner.parameters);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the conditions' parameters, then {@code more} after them. */
    void bind(PreparedStatement s, Object... more) throws SQLException {
        int i = 1;
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(List.of(more));
        for (Object p : all) {
            if (p instanceof Instant t) {
                s.setTimestamp(i++, Timestamp.from(t));
            } else if (p instanceof String[] strings) {
                Array array = s.getConnection().createArrayOf("text", strings);
                s.setArray(i++, array);
            } else {
                s.setObject(i++, p);
            }
        }
    }
}
