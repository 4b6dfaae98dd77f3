-- The relay looks for versions stored but never published (the broker was away, or the service died between
-- storing and publishing); this keeps that look-up small however many versions are stored.
CREATE INDEX article_versions_unpublished ON article_versions (received_at) WHERE NOT published;
