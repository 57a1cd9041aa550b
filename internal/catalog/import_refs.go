package catalog

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
)

// importRefs are the studios, IPs and series an import file names, looked
// up in batches inside the import's transaction.
type importRefs struct {
	bySlug map[string]map[string]int64 // table → slug → id
	byID   map[string]map[int64]bool   // table → id → exists
}

// refTables are the references an import row makes: the table, the row's
// field for a slug, the charm's field for an id, and how to read both.
var refTables = []struct {
	table, slugField, idField, what string
	slug                            func(*ImportCharm) string
	id                              func(*Charm) *int64
}{
	{"studios", "studio", "studio_id", "studio", func(r *ImportCharm) string { return r.StudioSlug }, func(c *Charm) *int64 { return &c.StudioID }},
	{"ips", "ip", "ip_id", "IP", func(r *ImportCharm) string { return r.IPSlug }, func(c *Charm) *int64 { return &c.IPID }},
	{"series", "series", "series_id", "series", func(r *ImportCharm) string { return r.SeriesSlug }, func(c *Charm) *int64 { return &c.SeriesID }},
}

func lookupImportRefs(ctx context.Context, tx *sql.Tx, rows []ImportCharm) (*importRefs, error) {
	refs := &importRefs{bySlug: map[string]map[string]int64{}, byID: map[string]map[int64]bool{}}
	for _, t := range refTables {
		slugs, ids := map[string]bool{}, map[int64]bool{}
		for i := range rows {
			if s := strings.TrimSpace(t.slug(&rows[i])); s != "" {
				slugs[s] = true
			} else if id := *t.id(&rows[i].Charm); id > 0 {
				ids[id] = true
			}
		}
		bySlug, byID := map[string]int64{}, map[int64]bool{}
		refs.bySlug[t.table], refs.byID[t.table] = bySlug, byID
		// t.table is a constant of refTables, never input.
		err := inChunks(ctx, tx, `SELECT id, slug FROM `+t.table+` WHERE slug`, keys(slugs), func(rows *sql.Rows) error {
			var id int64
			var slug string
			err := rows.Scan(&id, &slug)
			bySlug[slug] = id
			return err
		})
		if err != nil {
			return nil, err
		}
		err = inChunks(ctx, tx, `SELECT id FROM `+t.table+` WHERE id`, keys(ids), func(rows *sql.Rows) error {
			var id int64
			err := rows.Scan(&id)
			byID[id] = true
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	return refs, nil
}

// resolve sets c's studio, IP and series ids from r's slugs and returns
// the row's reference errors, and which id fields they concern.
func (refs *importRefs) resolve(r *ImportCharm, c *Charm) ([]RowError, map[string]bool) {
	var bad []RowError
	var fields map[string]bool
	for _, t := range refTables {
		slug, id := strings.TrimSpace(t.slug(r)), t.id(c)
		var e *RowError
		if slug != "" {
			if found, ok := refs.bySlug[t.table][slug]; ok {
				*id = found
			} else {
				e = &RowError{Field: t.slugField, Message: "names an unknown " + t.what + " " + `"` + slug + `"`}
			}
		} else if *id > 0 && !refs.byID[t.table][*id] {
			e = &RowError{Field: t.idField, Message: "is not a known " + t.what}
		}
		if e != nil {
			bad = append(bad, *e)
			if fields == nil {
				fields = map[string]bool{}
			}
			fields[t.idField] = true
		}
	}
	return bad, fields
}

// charmsByExternalID loads the stored charms the import rows name.
func charmsByExternalID(ctx context.Context, tx *sql.Tx, rows []ImportCharm) (map[string]*Charm, error) {
	ext := map[string]bool{}
	for i := range rows {
		if e := strings.TrimSpace(rows[i].Charm.ExternalID); e != "" {
			ext[e] = true
		}
	}
	out := make(map[string]*Charm, len(ext))
	err := inChunks(ctx, tx, charmFieldsSelect+` WHERE external_id`, keys(ext), func(rows *sql.Rows) error {
		c, err := scanCharmFields(rows)
		if err == nil {
			out[c.ExternalID] = c
		}
		return err
	})
	return out, err
}

// charmFieldsSelect reads the id, version and tracked fields of a charm:
// all an import needs to tell an unchanged row, without joins or times.
var charmFieldsSelect = `SELECT id, version, ` + strings.Join(charmFieldColumns, ", ") + ` FROM charms`

func scanCharmFields(sc scanner) (*Charm, error) {
	var c Charm
	var ipID, seriesID sql.NullInt64
	var materials, colours, themes, eco string
	err := sc.Scan(&c.ID, &c.Version, &c.ExternalID, &c.Name, &c.NameZH, &c.StudioID, &ipID, &seriesID, &c.Category,
		&materials, &colours, &themes, &c.WidthMM, &c.HeightMM, &c.WeightG, &c.ReleaseDate,
		&c.ListPrice, &c.Currency, &c.EditionSize, &c.Region, &eco, &c.Care, &c.Story,
		&c.Description, &c.Official, &c.NFC, &c.Rarity, &c.SKU, &c.ImageURL)
	c.IPID, c.SeriesID = ipID.Int64, seriesID.Int64
	c.Materials, c.Colours, c.Themes, c.Eco = splitCodes(materials), splitCodes(colours), splitCodes(themes), splitCodes(eco)
	return &c, err
}

func keys[K comparable](m map[K]bool) []any {
	out := make([]any, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// lookupChunk is how many values one lookup binds. SQLite resolves
// numbered parameters by a linear search, so a statement's cost grows with
// the square of its parameters: a few hundred is the sweet spot.
const lookupChunk = 250

// inChunks runs prefix + " IN (…)" over vals, lookupChunk at a time,
// calling each for every row.
func inChunks(ctx context.Context, tx *sql.Tx, prefix string, vals []any, each func(*sql.Rows) error) error {
	for start := 0; start < len(vals); start += lookupChunk {
		chunk := vals[start:min(start+lookupChunk, len(vals))]
		var q query
		sqlText := prefix + " IN (" + q.placeholders(len(chunk), func(i int) any { return chunk[i] }) + ")"
		if err := queryEach(ctx, tx, sqlText, q.args, each); err != nil {
			return err
		}
	}
	return nil
}

func queryEach(ctx context.Context, tx *sql.Tx, sqlText string, args []any, each func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return db.Translate("import lookup", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows); err != nil {
			return db.Translate("import lookup", err)
		}
	}
	return db.Translate("import lookup", rows.Err())
}
