-- What NLP found in each article and what dedupe found between articles. Rows of one article are replaced as a
-- whole by the newest event about it, so a replay converges on the same rows.
ALTER TABLE articles ADD COLUMN assignment_sequence bigint;
ALTER TABLE articles ADD COLUMN duplicate_of text;
ALTER TABLE articles ADD COLUMN family_id text;
ALTER TABLE articles ADD COLUMN family_origin text;
ALTER TABLE articles ADD COLUMN relation text;

CREATE TABLE article_reuse (
    article_id   text             NOT NULL,
    other_id     text             NOT NULL,
    relation     text             NOT NULL,
    share        double precision NOT NULL,
    other_share  double precision NOT NULL,
    passages     jsonb            NOT NULL,
    PRIMARY KEY (article_id, other_id)
);

CREATE TABLE article_entities (
    article_id  text    NOT NULL,
    position    integer NOT NULL,
    text        text    NOT NULL,
    type        text    NOT NULL,
    canonical   text    NOT NULL,
    start_at    integer NOT NULL,
    end_at      integer NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE INDEX article_entities_canonical ON article_entities (canonical);

CREATE TABLE article_claims (
    article_id         text    NOT NULL,
    position           integer NOT NULL,
    kind               text    NOT NULL,
    text               text    NOT NULL,
    start_at           integer NOT NULL,
    end_at             integer NOT NULL,
    speaker_name       text,
    speaker_canonical  text,
    speaker_start      integer,
    speaker_end        integer,
    value              double precision,
    unit               text,
    hedge              text,
    subject            text,
    place              text,
    date               date,
    expression         text,
    PRIMARY KEY (article_id, position)
);

ALTER TABLE stories ADD COLUMN merged_into text;
