package collection

import (
	"context"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/db"
)

// maxCandidates bounds the charms an ambiguous row lists.
const maxCandidates = 10

// charmRef is a catalog charm as matching needs it.
type charmRef struct {
	ID         int64
	ExternalID string
	Name       string
	NameZH     string
	SKU        string
	Category   string
	Materials  string // comma-separated codes, as stored
	Series     string
	Studio     string
}

func (c *charmRef) candidate() Candidate {
	return Candidate{CharmID: c.ID, Name: c.Name, SeriesName: c.Series, StudioName: c.Studio, SKU: c.SKU}
}

// charmLookup finds the charms an import file's rows name.
type charmLookup struct {
	byID   map[int64]*charmRef
	byExt  map[string]*charmRef
	bySKU  map[string][]*charmRef
	byName map[string][]*charmRef // matchKey of name and name_zh
}

// wanted is what a file's rows ask the catalog for.
type wanted struct {
	ids   map[int64]bool
	exts  map[string]bool
	skus  map[string]bool
	names map[string]bool
}

func newWanted() *wanted {
	return &wanted{ids: map[int64]bool{}, exts: map[string]bool{}, skus: map[string]bool{}, names: map[string]bool{}}
}

// addCharm asks for a charm column's value: an external id, or a catalog
// id when it is a number.
func (w *wanted) addCharm(v string) {
	w.exts[v] = true
	if id, err := strconv.ParseInt(v, 10, 64); err == nil && id > 0 {
		w.ids[id] = true
	}
}

func (w *wanted) empty() bool {
	return len(w.ids)+len(w.exts)+len(w.skus)+len(w.names) == 0
}

// matchKey is the form names are matched in: case and runs of spaces do
// not matter.
func matchKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// loadLookup reads the charms w asks for in one pass over the catalog.
// Names cannot use an index the same way on both engines (SQLite's lower()
// only folds ASCII), and one streamed pass keeps the cost flat however
// many rows the file has; only the charms asked for are kept.
func (s *Service) loadLookup(ctx context.Context, w *wanted) (*charmLookup, error) {
	const op = "import: match charms"
	lk := &charmLookup{byID: map[int64]*charmRef{}, byExt: map[string]*charmRef{}, bySKU: map[string][]*charmRef{}, byName: map[string][]*charmRef{}}
	if w.empty() {
		return lk, nil
	}
	rows, err := s.db.Query(ctx, `SELECT c.id, c.external_id, c.name, c.name_zh, c.sku, c.category, c.materials,
			COALESCE(sr.name, ''), st.name
		FROM charms c JOIN studios st ON st.id = c.studio_id LEFT JOIN series sr ON sr.id = c.series_id
		ORDER BY c.id`)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var c charmRef
		if err := rows.Scan(&c.ID, &c.ExternalID, &c.Name, &c.NameZH, &c.SKU, &c.Category, &c.Materials, &c.Series, &c.Studio); err != nil {
			return nil, db.Translate(op, err)
		}
		lk.keep(w, &c)
	}
	return lk, db.Translate(op, rows.Err())
}

// keep files c under every key w asks for.
func (lk *charmLookup) keep(w *wanted, c *charmRef) {
	if w.ids[c.ID] {
		lk.byID[c.ID] = c
	}
	if w.exts[c.ExternalID] {
		lk.byExt[c.ExternalID] = c
	}
	if c.SKU != "" && w.skus[c.SKU] {
		lk.bySKU[c.SKU] = append(lk.bySKU[c.SKU], c)
	}
	en, zh := matchKey(c.Name), matchKey(c.NameZH)
	if w.names[en] {
		lk.byName[en] = append(lk.byName[en], c)
	}
	if zh != "" && zh != en && w.names[zh] {
		lk.byName[zh] = append(lk.byName[zh], c)
	}
}

// charm finds a charm column's value: the external id first (it is
// explicit), then the catalog id.
func (lk *charmLookup) charm(v string) *charmRef {
	if c := lk.byExt[v]; c != nil {
		return c
	}
	if id, err := strconv.ParseInt(v, 10, 64); err == nil {
		return lk.byID[id]
	}
	return nil
}
