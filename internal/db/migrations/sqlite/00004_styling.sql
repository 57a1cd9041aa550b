-- +goose Up
-- Styling: carriers a collector owns, loadouts of items on their attachment
-- points (a dated journey per carrier), styling settings and the mood journal.

-- How an item hangs: school and workplace rules may allow only removable
-- attachments (clip, carabiner, strap). Empty: not recorded.
ALTER TABLE items ADD COLUMN attachment TEXT NOT NULL DEFAULT '';
-- The owner's own mood tags for the daily pick (comma-separated moods).
ALTER TABLE items ADD COLUMN mood_tags TEXT NOT NULL DEFAULT '';

CREATE TABLE carriers (
    id             INTEGER PRIMARY KEY,
    owner_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    size           TEXT NOT NULL CHECK (size IN ('S','M','L')),
    colour         TEXT NOT NULL DEFAULT '',
    weight_limit_g INTEGER NOT NULL DEFAULT 0 CHECK (weight_limit_g >= 0),
    -- Attachment point names in display order, separated by newlines.
    points         TEXT NOT NULL,
    -- A school or workplace profile and its limits: at most max_count
    -- charms (0: no limit), removable attachments only.
    dress_code     TEXT NOT NULL DEFAULT '' CHECK (dress_code IN ('','school','workplace')),
    max_count      INTEGER NOT NULL DEFAULT 0 CHECK (max_count >= 0),
    removable_only BOOLEAN NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);
CREATE INDEX carriers_owner ON carriers(owner_id, id);

-- A loadout is what hung on a carrier from started_at until ended_at; the
-- current one has no end. Saving a new loadout ends the previous one, so a
-- carrier's loadouts are its journey.
CREATE TABLE loadouts (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    carrier_id  INTEGER NOT NULL REFERENCES carriers(id) ON DELETE CASCADE,
    note        TEXT NOT NULL DEFAULT '',
    photo_sha   TEXT NOT NULL DEFAULT '',
    share_token TEXT UNIQUE,
    started_at  TIMESTAMP NOT NULL,
    ended_at    TIMESTAMP,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX loadouts_carrier ON loadouts(carrier_id, started_at);
CREATE INDEX loadouts_owner ON loadouts(owner_id, started_at);
CREATE UNIQUE INDEX loadouts_current ON loadouts(carrier_id) WHERE ended_at IS NULL;

-- The items of a loadout on their points. active is true while the
-- loadout is current: an item is on at most one current loadout, enforced
-- by the partial unique index, so concurrent saves cannot hang one item on
-- two bags.
CREATE TABLE loadout_items (
    loadout_id INTEGER NOT NULL REFERENCES loadouts(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    point      TEXT NOT NULL,
    position   INTEGER NOT NULL,
    active     BOOLEAN NOT NULL,
    PRIMARY KEY (loadout_id, item_id)
);
CREATE UNIQUE INDEX loadout_items_active ON loadout_items(item_id) WHERE active;
CREATE INDEX loadout_items_item ON loadout_items(item_id);

CREATE TABLE styling_settings (
    user_id       INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    style         TEXT NOT NULL DEFAULT 'balanced' CHECK (style IN ('minimal','balanced','maximalist')),
    rotation_days INTEGER NOT NULL DEFAULT 30 CHECK (rotation_days BETWEEN 1 AND 365),
    hemisphere    TEXT NOT NULL DEFAULT 'north' CHECK (hemisphere IN ('north','south')),
    updated_at    TIMESTAMP NOT NULL
);

-- One mood and daily pick per collector and day.
CREATE TABLE mood_journal (
    id             INTEGER PRIMARY KEY,
    owner_id       INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    day            TEXT NOT NULL,
    mood           TEXT NOT NULL,
    mood_text      TEXT NOT NULL DEFAULT '',
    item_id        INTEGER REFERENCES items(id) ON DELETE SET NULL,
    backup_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
    reason         TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMP NOT NULL,
    UNIQUE (owner_id, day)
);
