package collection

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Page sizes of item lists: a collection page shows more than a catalog
// page, since collectors scan their own things by eye.
const (
	DefaultItemLimit = 60
	MaxItemLimit     = 200
)

// itemOrder is one sort of Items: the SQL expression of its key, its
// direction, and whether the key needs the charms join.
type itemOrder struct {
	key   string
	desc  bool
	charm bool
}

// displayName is an item's name as lists show it: its title, else its
// charm's name. Sorting lowers it so "apple" and "Apple" sit together.
const displayName = `CASE WHEN i.title <> '' THEN i.title ELSE COALESCE(c.name, '') END`

var itemOrders = map[string]itemOrder{
	"recent":   {key: "i.created_at", desc: true},
	"name":     {key: "LOWER(" + displayName + ")", charm: true},
	"acquired": {key: "i.acquired_on", desc: true},
}

// Items lists ownerID's items as viewer may see them (others see public
// items only), filtered, sorted and keyset-paginated; Total counts all
// matches. Errors: Invalid (bad filter or cursor).
func (s *Service) Items(ctx context.Context, viewer, ownerID int64, f ItemFilter) (*Page[ItemSummary], error) {
	const op = "items"
	if f.Sort == "" {
		f.Sort = "recent"
	}
	if err := f.check(op); err != nil {
		return nil, err
	}
	order := itemOrders[f.Sort]
	cur, hasCur, err := decodeItemCursor(op, f.Cursor, f.Sort)
	if err != nil {
		return nil, err
	}
	q, charm := itemWhere(viewer, ownerID, f, likeOp(s.db.Engine))
	from := ` FROM items i`
	if charm || order.charm {
		from += ` LEFT JOIN charms c ON c.id = i.charm_id`
	}
	page := &Page[ItemSummary]{Items: []ItemSummary{}}
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*)`+from+q.clause(), q.args...).Scan(&page.Total); err != nil {
		return nil, db.Translate(op, err)
	}
	if hasCur {
		if err := order.after(op, &q, cur); err != nil {
			return nil, err
		}
	}
	limit := itemLimit(f.Limit)
	dir := " ASC"
	if order.desc {
		dir = " DESC"
	}
	// The page is chosen on items alone (plus charms when a filter or the
	// sort needs them) and only its rows are joined to what a summary
	// shows, so a large collection costs one index walk and a short sort.
	inner := `SELECT i.id AS id, ` + order.key + ` AS k` + from + q.clause() +
		` ORDER BY k` + dir + `, i.id` + dir + ` LIMIT ` + q.arg(limit+1)
	items := []ItemSummary{}
	var key string
	var keys []string
	err = s.eachSummary(ctx, op, `SELECT `+summaryColumns+`, pg.k FROM (`+inner+`) pg JOIN items i ON i.id = pg.id`+
		summaryJoins+` ORDER BY pg.k`+dir+`, pg.id`+dir, q.args, []any{&key}, func(it ItemSummary) {
		items, keys = append(items, it), append(keys, key)
	})
	if err != nil {
		return nil, err
	}
	if len(items) > limit {
		items = items[:limit]
		page.Next = itemCursor{Sort: f.Sort, Key: keys[limit-1], ID: items[limit-1].ID}.encode()
	}
	page.Items = items
	return page, nil
}

// after narrows q to the rows following cur in this order.
func (o itemOrder) after(op string, q *listQuery, cur itemCursor) error {
	var key any = cur.Key
	if o.key == "i.created_at" {
		t, err := time.Parse(time.RFC3339Nano, cur.Key)
		if err != nil {
			return errs.Fields(op, errs.FieldError{Field: "cursor", Message: "is not a cursor from this list"})
		}
		key = t.UTC()
	}
	cmp := ">"
	if o.desc {
		cmp = "<"
	}
	k, id := q.arg(key), q.arg(cur.ID)
	q.and("(" + o.key + " " + cmp + " " + k + " OR (" + o.key + " = " + k + " AND i.id " + cmp + " " + id + "))")
	return nil
}

// itemWhere builds the conditions of a list of ownerID's items as viewer
// may see them; charm reports whether they need the charms join.
func itemWhere(viewer, ownerID int64, f ItemFilter, like string) (q listQuery, charm bool) {
	q.and("i.owner_id = " + q.arg(ownerID))
	if viewer != ownerID {
		q.and("i.visibility = 'public'")
	}
	if text := strings.TrimSpace(f.Query); text != "" {
		p := " " + like + " " + q.arg(likePattern(text)) + ` ESCAPE '\'`
		q.and(`((i.title <> '' AND i.title` + p + `) OR (i.title = '' AND (c.name` + p + ` OR c.name_zh` + p + `)))`)
		charm = true
	}
	eq := map[string]string{"i.status": f.Status, "i.condition": f.Condition, "i.visibility": f.Visibility}
	for _, col := range []string{"i.status", "i.condition", "i.visibility"} {
		if v := eq[col]; v != "" {
			q.and(col + " = " + q.arg(v))
		}
	}
	if f.Category != "" {
		// An item's own category wins over its charm's (a one-off has only its own).
		q.and("(CASE WHEN i.category <> '' THEN i.category ELSE c.category END) = " + q.arg(f.Category))
		charm = true
	}
	if f.SeriesID != 0 {
		q.and("c.series_id = " + q.arg(f.SeriesID))
		charm = true
	}
	if f.BoxID != 0 {
		q.and("i.box_id = " + q.arg(f.BoxID))
	}
	return q, charm
}

// check validates a filter whose Sort has its default.
func (f *ItemFilter) check(op string) error {
	var fe []errs.FieldError
	code := func(field, v string, allowed []string) {
		if v != "" && !contains(allowed, v) {
			fe = append(fe, errs.FieldError{Field: field, Message: "must be one of " + strings.Join(allowed, ", ")})
		}
	}
	code("status", f.Status, Statuses)
	code("condition", f.Condition, Conditions)
	code("visibility", f.Visibility, Visibilities)
	code("category", f.Category, catalog.Categories)
	code("sort", f.Sort, []string{"recent", "name", "acquired"})
	if utf8.RuneCountInString(f.Query) > maxTitleLen {
		fe = append(fe, errs.FieldError{Field: "q", Message: "is too long"})
	}
	if f.SeriesID < 0 {
		fe = append(fe, errs.FieldError{Field: "series_id", Message: "must be a series id"})
	}
	if f.BoxID < 0 {
		fe = append(fe, errs.FieldError{Field: "box_id", Message: "must be one of the boxes"})
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}

// itemLimit applies the default and cap: a zero or negative limit means
// the default, a large one is capped.
func itemLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultItemLimit
	case n > MaxItemLimit:
		return MaxItemLimit
	}
	return n
}

// CountItems counts ownerID's items visible to viewer.
func (s *Service) CountItems(ctx context.Context, viewer, ownerID int64) (int, error) {
	q, _ := itemWhere(viewer, ownerID, ItemFilter{}, "")
	var n int
	err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM items i`+q.clause(), q.args...).Scan(&n)
	return n, db.Translate("count items", err)
}
