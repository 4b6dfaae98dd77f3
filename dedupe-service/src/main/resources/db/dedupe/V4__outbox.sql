-- Events a decision produced, written in the decision's own transaction and deleted once the broker has taken
-- them: a crash between the commit and the publish leaves them here, and the next article publishes them, so no
-- re-assignment or merge is lost (the gateway applies each idempotently, so one sent twice changes nothing).
CREATE TABLE outbox (
    id          bigserial PRIMARY KEY,
    channel     text      NOT NULL,
    record_key  text      NOT NULL,
    value       text      NOT NULL
);
