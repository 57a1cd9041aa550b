package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Revision sources.
const (
	SourceDemo         = "demo"
	SourceImport       = "import"
	SourceContribution = "contribution"
	SourceAdmin        = "admin"
)

// Sources lists the valid revision sources.
var Sources = []string{SourceDemo, SourceImport, SourceContribution, SourceAdmin}

// trackedFields are the charm fields a revision records, by JSON name, in
// the order changes are listed. Display fields, the version and the
// timestamps are not edits and are left out.
var trackedFields = []struct {
	name  string
	value func(*Charm) string
}{
	{"external_id", func(c *Charm) string { return c.ExternalID }},
	{"name", func(c *Charm) string { return c.Name }},
	{"name_zh", func(c *Charm) string { return c.NameZH }},
	{"studio_id", func(c *Charm) string { return idText(c.StudioID) }},
	{"ip_id", func(c *Charm) string { return idText(c.IPID) }},
	{"series_id", func(c *Charm) string { return idText(c.SeriesID) }},
	{"category", func(c *Charm) string { return c.Category }},
	{"materials", func(c *Charm) string { return joinCodes(c.Materials) }},
	{"colours", func(c *Charm) string { return joinCodes(c.Colours) }},
	{"themes", func(c *Charm) string { return joinCodes(c.Themes) }},
	{"width_mm", func(c *Charm) string { return strconv.Itoa(c.WidthMM) }},
	{"height_mm", func(c *Charm) string { return strconv.Itoa(c.HeightMM) }},
	{"weight_g", func(c *Charm) string { return strconv.Itoa(c.WeightG) }},
	{"release_date", func(c *Charm) string { return c.ReleaseDate }},
	{"list_price", func(c *Charm) string { return strconv.FormatInt(c.ListPrice, 10) }},
	{"currency", func(c *Charm) string { return c.Currency }},
	{"edition_size", func(c *Charm) string { return strconv.Itoa(c.EditionSize) }},
	{"region", func(c *Charm) string { return c.Region }},
	{"eco", func(c *Charm) string { return joinCodes(c.Eco) }},
	{"care", func(c *Charm) string { return c.Care }},
	{"story", func(c *Charm) string { return c.Story }},
	{"description", func(c *Charm) string { return c.Description }},
	{"official", func(c *Charm) string { return strconv.FormatBool(c.Official) }},
	{"nfc", func(c *Charm) string { return strconv.FormatBool(c.NFC) }},
	{"rarity", func(c *Charm) string { return c.Rarity }},
	{"sku", func(c *Charm) string { return c.SKU }},
	{"image_url", func(c *Charm) string { return c.ImageURL }},
}

func idText(id int64) string {
	if id == 0 {
		return ""
	}
	return strconv.FormatInt(id, 10)
}

// diffCharms lists the tracked fields whose values differ. With old nil
// (a creation) it lists every field that is not empty, zero or false.
func diffCharms(old, new *Charm) []Change {
	changes := []Change{}
	for _, f := range trackedFields {
		nv := f.value(new)
		if old == nil {
			if nv != "" && nv != "0" && nv != "false" {
				changes = append(changes, Change{Field: f.name, New: nv})
			}
			continue
		}
		if ov := f.value(old); ov != nv {
			changes = append(changes, Change{Field: f.name, Old: ov, New: nv})
		}
	}
	return changes
}

// revisionRow is what insertRevision writes.
type revisionRow struct {
	charmID        int64
	version        int
	userID         int64 // 0: the system
	contributionID int64 // 0: none
	source         string
	changes        []Change
	at             time.Time
}

const insertRevisionSQL = `INSERT INTO charm_revisions
	(charm_id, version, user_id, contribution_id, source, changes, created_at)
	VALUES ($1, $2, $3, $4, $5, $6, $7)`

// revisionArgs returns the arguments of insertRevisionSQL.
func revisionArgs(r revisionRow) []any {
	b, _ := json.Marshal(r.changes) // a slice of string structs always marshals
	return []any{r.charmID, r.version, nullID(r.userID), nullID(r.contributionID), r.source, string(b), r.at}
}

func insertRevision(ctx context.Context, tx *sql.Tx, r revisionRow) error {
	_, err := tx.ExecContext(ctx, insertRevisionSQL, revisionArgs(r)...)
	return db.Translate("record revision", err)
}

// Revisions returns a charm's revision history, newest first, with the
// usernames of who made each change. NotFound if the charm does not exist.
func (s *Service) Revisions(ctx context.Context, charmID int64) ([]Revision, error) {
	const op = "revisions"
	var one int
	if err := s.db.QueryRow(ctx, `SELECT 1 FROM charms WHERE id = $1`, charmID).Scan(&one); err != nil {
		return nil, db.Translate(op, err)
	}
	rows, err := s.db.Query(ctx, `SELECT r.id, r.charm_id, r.version, r.user_id, COALESCE(u.username, ''),
		r.contribution_id, r.source, r.changes, r.created_at
		FROM charm_revisions r LEFT JOIN users u ON u.id = r.user_id
		WHERE r.charm_id = $1 ORDER BY r.version DESC`, charmID)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Revision{}
	for rows.Next() {
		var r Revision
		var userID, contribID sql.NullInt64
		var changes string
		if err := rows.Scan(&r.ID, &r.CharmID, &r.Version, &userID, &r.Username, &contribID, &r.Source, &changes, &r.CreatedAt); err != nil {
			return nil, db.Translate(op, err)
		}
		if err := json.Unmarshal([]byte(changes), &r.Changes); err != nil {
			return nil, errs.Wrap(op, err)
		}
		r.UserID, r.ContributionID, r.CreatedAt = userID.Int64, contribID.Int64, r.CreatedAt.UTC()
		out = append(out, r)
	}
	return out, db.Translate(op, rows.Err())
}
