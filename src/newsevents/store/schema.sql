-- newsevents store, schema version 1.
-- Every row belongs to one article (article_id); ids such as 'e1' or 'q3' are
-- unique within their article. Spans are character offsets into articles.text.

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    id          VARCHAR PRIMARY KEY,   -- stable hash of the normalised text
    url         VARCHAR,
    title       VARCHAR,
    source      VARCHAR,
    published   DATE,
    dateline    VARCHAR,
    license     VARCHAR,               -- SPDX id
    language    VARCHAR,
    origin      VARCHAR,               -- file (and line) it was read from
    text        VARCHAR NOT NULL,
    pipeline    VARCHAR NOT NULL,      -- fingerprint: version|model|stages
    analysis    JSON NOT NULL,         -- the whole record, as newsevents analyze prints it
    ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS entities (
    article_id  VARCHAR NOT NULL,
    id          VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    type        VARCHAR NOT NULL,
    actor_code  VARCHAR,
    country     VARCHAR,
    roles       VARCHAR[],
    n_mentions  INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS mentions (
    article_id  VARCHAR NOT NULL,
    entity_id   VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS places (
    article_id  VARCHAR NOT NULL,
    id          VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    geonameid   BIGINT,
    country     VARCHAR,
    feature     VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    n_mentions  INTEGER NOT NULL,
    confidence  DOUBLE,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS dates (
    article_id  VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    date        DATE
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id  VARCHAR NOT NULL,
    id          VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    text        VARCHAR NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    speaker     VARCHAR,               -- entity id
    speaker_name VARCHAR,              -- that entity's canonical name
    speaker_text VARCHAR,              -- the words that named the speaker
    cue         VARCHAR,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS events (
    article_id      VARCHAR NOT NULL,
    id              VARCHAR NOT NULL,
    source          VARCHAR,           -- entity id
    target          VARCHAR,           -- entity id
    source_code     VARCHAR,           -- actor code of the source entity
    target_code     VARCHAR,
    code            VARCHAR NOT NULL,  -- CAMEO
    base_code       VARCHAR,
    root_code       VARCHAR NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       DOUBLE NOT NULL,
    plover_category VARCHAR,
    plover_mode     VARCHAR,
    place           VARCHAR,           -- place id
    date            DATE,
    date_from       VARCHAR,
    date_precision  VARCHAR,           -- day | week | month | year (NULL in stores before it)
    background      BOOLEAN,           -- history the story recalls (NULL: not known)
    modality        VARCHAR NOT NULL,
    negated         BOOLEAN NOT NULL,
    mentions        INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    trigger         VARCHAR NOT NULL,
    context_start   INTEGER,           -- the trigger's sentence in the article text
    context_end     INTEGER,           -- (store/queries.py: context_bounds_sql),
    context         VARCHAR,           -- and its words, to read and search
    PRIMARY KEY (article_id, id)
);

CREATE TABLE IF NOT EXISTS tone (
    article_id          VARCHAR PRIMARY KEY,
    tone                DOUBLE,
    positive            DOUBLE,
    negative            DOUBLE,
    polarity            DOUBLE,
    activity_density    DOUBLE,
    self_group_density  DOUBLE,
    word_count          INTEGER
);

-- Inputs that could not be used, so that nothing a user gave is silently lost.
CREATE TABLE IF NOT EXISTS skipped (
    origin      VARCHAR PRIMARY KEY,
    reason      VARCHAR NOT NULL,
    detail      VARCHAR NOT NULL,
    skipped_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- What articles said about people, for coding later articles that name them
-- without a description ("Shamkhani" alone). One row per name key (full name
-- and surname) per person entity coded from in-text descriptions.
CREATE TABLE IF NOT EXISTS actor_memory (
    article_id  VARCHAR NOT NULL,
    name_key    VARCHAR NOT NULL,      -- casefolded full name, or surname
    name        VARCHAR NOT NULL,      -- canonical name in that article
    code        VARCHAR NOT NULL,
    date        DATE,                  -- the article's publication date
    evidence    VARCHAR NOT NULL       -- the description it was coded from
);

-- Each mention of an event in its article, like GDELT's mentions table: the
-- event's evidence (n = 0) and each repeat (n = 1, 2, ... in text order).
CREATE TABLE IF NOT EXISTS event_mentions (
    article_id  VARCHAR NOT NULL,
    event_id    VARCHAR NOT NULL,
    n           INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_id, n)
);

-- Near-duplicate articles are one story (the same wire copy from ten outlets): each
-- article's MinHash signature over word 5-shingles, and the story it belongs to (the
-- id of the story's first stored article). See newsevents/store/stories.py.
CREATE TABLE IF NOT EXISTS stories (
    article_id  VARCHAR PRIMARY KEY,
    story       VARCHAR NOT NULL,
    signature   BLOB NOT NULL
);
