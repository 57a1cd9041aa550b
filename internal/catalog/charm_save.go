package catalog

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// charmFieldColumns are the editable columns, in the order of trackedFields
// and charmFieldArgs.
var charmFieldColumns = []string{
	"external_id", "name", "name_zh", "studio_id", "ip_id", "series_id", "category",
	"materials", "colours", "themes", "width_mm", "height_mm", "weight_g", "release_date",
	"list_price", "currency", "edition_size", "region", "eco", "care", "story",
	"description", "official", "nfc", "rarity", "sku", "image_url",
}

func charmFieldArgs(c *Charm) []any {
	return []any{
		c.ExternalID, c.Name, c.NameZH, c.StudioID, nullID(c.IPID), nullID(c.SeriesID), c.Category,
		joinCodes(c.Materials), joinCodes(c.Colours), joinCodes(c.Themes), c.WidthMM, c.HeightMM, c.WeightG, c.ReleaseDate,
		c.ListPrice, c.Currency, c.EditionSize, c.Region, joinCodes(c.Eco), c.Care, c.Story,
		c.Description, c.Official, c.NFC, c.Rarity, c.SKU, c.ImageURL,
	}
}

// insertCharmSQL takes charmFieldArgs, then version, created_at, updated_at.
// updateCharmSQL takes charmFieldArgs, then the new version, updated_at, the
// id and the version the update is based on (so a concurrent edit loses).
var insertCharmSQL, updateCharmSQL = func() (string, string) {
	n := len(charmFieldColumns)
	ph := make([]string, n+3)
	set := make([]string, n)
	for i := range ph {
		ph[i] = fmt.Sprintf("$%d", i+1)
	}
	for i, col := range charmFieldColumns {
		set[i] = fmt.Sprintf("%s = $%d", col, i+1)
	}
	ins := "INSERT INTO charms (" + strings.Join(charmFieldColumns, ", ") + ", version, created_at, updated_at) VALUES (" +
		strings.Join(ph, ", ") + ") RETURNING id"
	upd := fmt.Sprintf("UPDATE charms SET %s, version = $%d, updated_at = $%d WHERE id = $%d AND version = $%d",
		strings.Join(set, ", "), n+1, n+2, n+3, n+4)
	return ins, upd
}()

// SaveCharm creates a charm (ID 0) or updates one as a moderator or the
// system would, recording a revision with the changed fields. Invalid with
// field errors; NotFound for an unknown id; Forbidden unless the actor may
// moderate. source is "demo", "import", "contribution" or "admin".
// An empty ExternalID is generated ("ch-…") for a new charm and kept as
// stored for an update. When c.Version is set, the stored charm must still
// be at that version (Conflict otherwise). An update that changes nothing
// writes nothing. On success c holds the saved id, version and timestamps.
func (s *Service) SaveCharm(ctx context.Context, a Actor, c *Charm, source string) error {
	const op = "save charm"
	if !a.CanModerate() {
		return errs.E(op, errs.Forbidden, "only moderators can edit the catalog directly")
	}
	if !In(Sources, source) {
		return errs.Fields(op, errs.FieldError{Field: "source", Message: "has an unknown value"})
	}
	normalizeCharm(c)
	if err := s.fillExternalID(ctx, c); err != nil {
		return errs.Wrap(op, err)
	}
	if err := Validate(c); err != nil {
		return errs.Wrap(op, err)
	}
	now := s.clock()
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := saveCharmTx(ctx, tx, c, saveOpts{userID: a.UserID, source: source, baseVersion: c.Version}, now)
		return err
	})
	if err != nil {
		return errs.Wrap(op, err)
	}
	s.indexCharms(ctx, c.ID)
	return nil
}

// fillExternalID gives a new charm without an external id a fresh one and
// lets an update leave it out to keep the stored one.
func (s *Service) fillExternalID(ctx context.Context, c *Charm) error {
	switch {
	case c.ExternalID != "":
	case c.ID == 0:
		c.ExternalID = s.newID()
	default:
		err := s.db.QueryRow(ctx, `SELECT external_id FROM charms WHERE id = $1`, c.ID).Scan(&c.ExternalID)
		return db.Translate("load external id", err)
	}
	return nil
}

// saveOpts say who a save is credited to and what it is based on.
type saveOpts struct {
	userID         int64
	contributionID int64
	source         string
	baseVersion    int    // 0: no check
	staleMessage   string // what a stale baseVersion means, for the Conflict message
}

// saveCharmTx inserts or updates c inside tx and records the revision. It
// reports whether anything changed. c must be normalised and valid.
func saveCharmTx(ctx context.Context, tx *sql.Tx, c *Charm, o saveOpts, now time.Time) (bool, error) {
	if fe, err := checkRefs(ctx, tx, c); err != nil || len(fe) > 0 {
		if err != nil {
			return false, err
		}
		return false, errs.Fields("save charm", fe...)
	}
	if c.ID == 0 {
		c.Version, c.CreatedAt, c.UpdatedAt = 1, now, now
		args := append(charmFieldArgs(c), c.Version, now, now)
		if err := tx.QueryRowContext(ctx, insertCharmSQL, args...).Scan(&c.ID); err != nil {
			return false, externalIDConflict("insert charm", err)
		}
		return true, insertRevision(ctx, tx, revisionRow{charmID: c.ID, version: 1, userID: o.userID,
			contributionID: o.contributionID, source: o.source, changes: diffCharms(nil, c), at: now})
	}
	old, err := scanCharm(tx.QueryRowContext(ctx, charmSelect+` WHERE c.id = $1`, c.ID))
	if err != nil {
		return false, db.Translate("load charm", err)
	}
	if o.baseVersion > 0 && old.Version != o.baseVersion {
		msg := o.staleMessage
		if msg == "" {
			msg = "the charm changed since it was loaded"
		}
		return false, errs.Ef("save charm", errs.Conflict, "%s (based on version %d, now at version %d)", msg, o.baseVersion, old.Version)
	}
	changes := diffCharms(old, c)
	c.CreatedAt = old.CreatedAt
	if len(changes) == 0 {
		c.Version, c.UpdatedAt = old.Version, old.UpdatedAt
		return false, nil
	}
	c.Version, c.UpdatedAt = old.Version+1, now
	args := append(charmFieldArgs(c), c.Version, now, c.ID, old.Version)
	res, err := tx.ExecContext(ctx, updateCharmSQL, args...)
	if err != nil {
		return false, externalIDConflict("update charm", err)
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return false, errs.E("save charm", errs.Conflict, "the charm was changed by someone else at the same time; reload and try again")
	}
	return true, insertRevision(ctx, tx, revisionRow{charmID: c.ID, version: c.Version, userID: o.userID,
		contributionID: o.contributionID, source: o.source, changes: changes, at: now})
}

// checkRefs confirms inside the transaction that the studio, IP and series
// a charm points to exist, so a bad reference is a field error and not a
// foreign-key failure.
func checkRefs(ctx context.Context, tx *sql.Tx, c *Charm) ([]errs.FieldError, error) {
	var studios, ips, series int
	err := tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM studios WHERE id = $1),
		(SELECT COUNT(*) FROM ips WHERE id = $2),
		(SELECT COUNT(*) FROM series WHERE id = $3)`, c.StudioID, c.IPID, c.SeriesID).Scan(&studios, &ips, &series)
	if err != nil {
		return nil, db.Translate("check references", err)
	}
	var fe []errs.FieldError
	if studios == 0 {
		fe = append(fe, errs.FieldError{Field: "studio_id", Message: "is not a known studio"})
	}
	if c.IPID != 0 && ips == 0 {
		fe = append(fe, errs.FieldError{Field: "ip_id", Message: "is not a known IP"})
	}
	if c.SeriesID != 0 && series == 0 {
		fe = append(fe, errs.FieldError{Field: "series_id", Message: "is not a known series"})
	}
	return fe, nil
}

// externalIDConflict translates a write error, naming the field when the
// only unique column a charm has besides its id is taken.
func externalIDConflict(op string, err error) error {
	if err != nil && db.IsUniqueViolation(err) {
		return &errs.Error{Op: op, Kind: errs.Conflict, Msg: "another charm already has this external id",
			Fields: []errs.FieldError{{Field: "external_id", Message: "is already used by another charm"}}, Err: err}
	}
	return db.Translate(op, err)
}
