-- +goose Up
-- The collection: each physical copy a collector owns is one row of items.

-- Named storage boxes an owner keeps items in; each gets a printable label.
CREATE TABLE storage_boxes (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    UNIQUE (owner_id, name)
);

CREATE TABLE items (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- NULL for a one-off item with no catalog entry (a handmade gift).
    charm_id    INTEGER REFERENCES charms(id),
    -- For one-offs the title, category and materials describe the item;
    -- for catalog items title is an optional nickname.
    title       TEXT NOT NULL DEFAULT '',
    category    TEXT NOT NULL DEFAULT '',
    materials   TEXT NOT NULL DEFAULT '',
    condition   TEXT NOT NULL CHECK (condition IN ('mint','boxed','opened','worn','damaged')),
    acquired_on TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '' CHECK (source IN ('','shop','drop','blind_box','trade','gift','secondhand')),
    price_paid  INTEGER NOT NULL DEFAULT 0 CHECK (price_paid >= 0),
    currency    TEXT NOT NULL DEFAULT 'CNY',
    memory      TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'stored' CHECK (status IN ('on_carrier','stored','for_trade','for_sale','lent','lost','stolen','recycled')),
    visibility  TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private','followers','public')),
    box_id      INTEGER REFERENCES storage_boxes(id) ON DELETE SET NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE INDEX items_owner ON items(owner_id, id);
-- The collection page lists newest first.
CREATE INDEX items_owner_recent ON items(owner_id, created_at, id);
CREATE INDEX items_owner_charm ON items(owner_id, charm_id);
CREATE INDEX items_box ON items(box_id);

-- Every status an item has had, with when it changed.
CREATE TABLE item_status_history (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX item_status_history_item ON item_status_history(item_id, changed_at);

-- Photos of an item, ordered by position; position 0 is the main photo.
-- The file is content-addressed by sha256 in the photo store.
CREATE TABLE item_photos (
    id           INTEGER PRIMARY KEY,
    item_id      INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    owner_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    content_type TEXT NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    bytes        INTEGER NOT NULL,
    thumb_ready  BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP NOT NULL
);
CREATE INDEX item_photos_item ON item_photos(item_id, position);
-- Deleting a photo removes its file only when no other row shares it.
CREATE INDEX item_photos_sha ON item_photos(sha256);

-- When each care task was last done for an item.
CREATE TABLE item_care (
    item_id   INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    task      TEXT NOT NULL,
    done_on   TEXT NOT NULL,
    PRIMARY KEY (item_id, task)
);

CREATE TABLE wishes (
    id                INTEGER PRIMARY KEY,
    owner_id          INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    charm_id          INTEGER NOT NULL REFERENCES charms(id),
    priority          INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    max_price         INTEGER NOT NULL DEFAULT 0 CHECK (max_price >= 0),
    currency          TEXT NOT NULL DEFAULT 'CNY',
    note              TEXT NOT NULL DEFAULT '',
    fulfilled_item_id INTEGER REFERENCES items(id) ON DELETE SET NULL,
    fulfilled_at      TIMESTAMP,
    created_at        TIMESTAMP NOT NULL
);
CREATE INDEX wishes_owner ON wishes(owner_id, priority, id);
-- One open wish per charm and owner.
CREATE UNIQUE INDEX wishes_open ON wishes(owner_id, charm_id) WHERE fulfilled_at IS NULL;
CREATE INDEX wishes_charm_open ON wishes(charm_id) WHERE fulfilled_at IS NULL;

-- Per-collector settings of the collection: the monthly allowance in the
-- budget currency and whether the wishlist is public.
CREATE TABLE collection_settings (
    user_id           INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    monthly_allowance INTEGER NOT NULL DEFAULT 0 CHECK (monthly_allowance >= 0),
    budget_currency   TEXT NOT NULL DEFAULT 'CNY',
    wishlist_public   BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at        TIMESTAMP NOT NULL
);

-- Purchases counted against the budget. amount is in the entry's currency,
-- home_amount in the budget currency at the rate of the day it was logged.
-- ref names the business event for purchases logged by the platform, so
-- logging the same event twice is a no-op.
CREATE TABLE budget_entries (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    spent_on    TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    currency    TEXT NOT NULL,
    home_amount INTEGER NOT NULL,
    home_currency TEXT NOT NULL,
    category    TEXT NOT NULL DEFAULT '',
    seller_kind TEXT NOT NULL DEFAULT 'other',
    description TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL CHECK (source IN ('manual','platform','import')),
    ref         TEXT,
    item_id     INTEGER REFERENCES items(id) ON DELETE SET NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX budget_entries_owner ON budget_entries(owner_id, spent_on);
CREATE UNIQUE INDEX budget_entries_ref ON budget_entries(owner_id, ref);

-- Monthly snapshots of each collector's collection value (a job keeps them).
CREATE TABLE value_snapshots (
    owner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    month      TEXT NOT NULL,
    currency   TEXT NOT NULL,
    value      INTEGER NOT NULL,
    cost       INTEGER NOT NULL,
    items      INTEGER NOT NULL,
    source     TEXT NOT NULL,
    taken_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (owner_id, month)
);

-- An uploaded import file waiting for its column mapping and preview;
-- nothing reaches items until the owner confirms.
CREATE TABLE collection_imports (
    id         INTEGER PRIMARY KEY,
    owner_id   INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    filename   TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX collection_imports_owner ON collection_imports(owner_id);
