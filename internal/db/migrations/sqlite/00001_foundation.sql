-- +goose Up
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    email         TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT 'collector' CHECK (role IN ('collector','creator','moderator','admin')),
    locale        TEXT NOT NULL DEFAULT '',
    currency      TEXT NOT NULL DEFAULT 'CNY',
    created_at    TIMESTAMP NOT NULL
);

CREATE TABLE sessions (
    token_hash   TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at   TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    user_agent   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    prefix       TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    expires_at   TIMESTAMP,
    revoked_at   TIMESTAMP
);
CREATE INDEX api_tokens_user ON api_tokens(user_id);

CREATE TABLE login_attempts (
    id          INTEGER PRIMARY KEY,
    username    TEXT NOT NULL,
    client_hash TEXT NOT NULL,
    ok          BOOLEAN NOT NULL,
    at          TIMESTAMP NOT NULL
);
CREATE INDEX login_attempts_user ON login_attempts(username, at);
CREATE INDEX login_attempts_client ON login_attempts(client_hash, at);

CREATE TABLE studios (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_zh     TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    region      TEXT NOT NULL,
    country     TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    founded     INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    story       TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    verified    BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE ips (
    id          INTEGER PRIMARY KEY,
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    name_zh     TEXT NOT NULL DEFAULT '',
    studio_id   INTEGER REFERENCES studios(id),
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE series (
    id           INTEGER PRIMARY KEY,
    slug         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    name_zh      TEXT NOT NULL DEFAULT '',
    studio_id    INTEGER NOT NULL REFERENCES studios(id),
    ip_id        INTEGER REFERENCES ips(id),
    kind         TEXT NOT NULL DEFAULT 'standard' CHECK (kind IN ('standard','blind_box')),
    release_date TEXT NOT NULL DEFAULT '',
    box_price    INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT 'CNY',
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX series_studio ON series(studio_id);

CREATE TABLE charms (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    name_zh      TEXT NOT NULL DEFAULT '',
    studio_id    INTEGER NOT NULL REFERENCES studios(id),
    ip_id        INTEGER REFERENCES ips(id),
    series_id    INTEGER REFERENCES series(id),
    category     TEXT NOT NULL,
    materials    TEXT NOT NULL DEFAULT '',
    colours      TEXT NOT NULL DEFAULT '',
    themes       TEXT NOT NULL DEFAULT '',
    width_mm     INTEGER NOT NULL DEFAULT 0,
    height_mm    INTEGER NOT NULL DEFAULT 0,
    weight_g     INTEGER NOT NULL DEFAULT 0,
    release_date TEXT NOT NULL DEFAULT '',
    list_price   INTEGER NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT 'CNY',
    edition_size INTEGER NOT NULL DEFAULT 0,
    region       TEXT NOT NULL DEFAULT '',
    eco          TEXT NOT NULL DEFAULT '',
    care         TEXT NOT NULL DEFAULT '',
    story        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    official     BOOLEAN NOT NULL DEFAULT FALSE,
    nfc          BOOLEAN NOT NULL DEFAULT FALSE,
    rarity       TEXT NOT NULL DEFAULT '',
    sku          TEXT NOT NULL DEFAULT '',
    image_url    TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TIMESTAMP NOT NULL,
    updated_at   TIMESTAMP NOT NULL
);
CREATE INDEX charms_studio ON charms(studio_id);
CREATE INDEX charms_series ON charms(series_id);
CREATE INDEX charms_updated ON charms(updated_at);
CREATE INDEX charms_sku ON charms(sku);

CREATE TABLE charm_revisions (
    id              INTEGER PRIMARY KEY,
    charm_id        INTEGER NOT NULL REFERENCES charms(id),
    version         INTEGER NOT NULL,
    user_id         INTEGER REFERENCES users(id),
    contribution_id INTEGER,
    source          TEXT NOT NULL,
    changes         TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    UNIQUE (charm_id, version)
);

CREATE TABLE contributions (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id),
    charm_id     INTEGER REFERENCES charms(id),
    base_version INTEGER NOT NULL DEFAULT 0,
    payload      TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected')),
    reviewer_id  INTEGER REFERENCES users(id),
    review_note  TEXT NOT NULL DEFAULT '',
    created_at   TIMESTAMP NOT NULL,
    reviewed_at  TIMESTAMP
);
CREATE INDEX contributions_status ON contributions(status, id);
CREATE INDEX contributions_user ON contributions(user_id, id);

CREATE TABLE sellers (
    id         INTEGER PRIMARY KEY,
    slug       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    name_zh    TEXT NOT NULL DEFAULT '',
    kind       TEXT NOT NULL,
    city       TEXT NOT NULL DEFAULT '',
    region     TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL DEFAULT '',
    website    TEXT NOT NULL DEFAULT '',
    verified   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX sellers_city ON sellers(city);

CREATE TABLE seller_studios (
    seller_id INTEGER NOT NULL REFERENCES sellers(id) ON DELETE CASCADE,
    studio_id INTEGER NOT NULL REFERENCES studios(id) ON DELETE CASCADE,
    PRIMARY KEY (seller_id, studio_id)
);

CREATE TABLE currency_rates (
    currency      TEXT PRIMARY KEY,
    units_per_cny REAL NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);
