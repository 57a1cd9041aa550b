package collection

import (
	"context"
	"time"

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
	var curKey any
	if hasCur {
		if curKey, err = order.parseKey(op, cur.Key); err != nil {
			return nil, err
		}
	}
	q, charm := itemWhere(viewer, ownerID, f, likeOp(s.db.Engine))
	from := ` FROM items i`
	if charm {
		from += charmJoin
	}
	page := &Page[ItemSummary]{Items: []ItemSummary{}}
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*)`+from+q.clause(), q.args...).Scan(&page.Total); err != nil {
		return nil, db.Translate(op, err)
	}
	if order.charm && !charm {
		from += charmJoin
	}
	if hasCur {
		order.after(&q, curKey, cur.ID)
	}
	items, keys, err := s.itemPage(ctx, op, order, from, q, itemLimit(f.Limit)+1)
	if err != nil {
		return nil, err
	}
	if limit := itemLimit(f.Limit); len(items) > limit {
		items = items[:limit]
		page.Next = itemCursor{Sort: f.Sort, Key: keys[limit-1], ID: items[limit-1].ID}.encode()
	}
	page.Items = items
	return page, nil
}

const charmJoin = ` LEFT JOIN charms c ON c.id = i.charm_id`

// itemPage reads up to n summaries of the items matching q in order, with
// each one's sort key for the cursor. The page is chosen on items alone
// (plus charms when a filter or the sort needs them) and only its rows
// are joined to what a summary shows, so a large collection costs one
// index walk and a short sort, not a join per item.
func (s *Service) itemPage(ctx context.Context, op string, order itemOrder, from string, q listQuery, n int) ([]ItemSummary, []string, error) {
	dir := " ASC"
	if order.desc {
		dir = " DESC"
	}
	inner := `SELECT i.id AS id, ` + order.key + ` AS k` + from + q.clause() +
		` ORDER BY k` + dir + `, i.id` + dir + ` LIMIT ` + q.arg(n)
	items := []ItemSummary{}
	var key string
	var keys []string
	err := s.eachSummary(ctx, op, `SELECT `+summaryColumns+`, pg.k FROM (`+inner+`) pg JOIN items i ON i.id = pg.id`+
		summaryJoins+` ORDER BY pg.k`+dir+`, pg.id`+dir, q.args, []any{&key}, func(it ItemSummary) {
		items, keys = append(items, it), append(keys, key)
	})
	return items, keys, err
}

// parseKey turns a cursor's key back into the value its column compares
// with: a time for "recent", the text itself otherwise.
func (o itemOrder) parseKey(op, key string) (any, error) {
	if o.key != "i.created_at" {
		return key, nil
	}
	t, err := time.Parse(time.RFC3339Nano, key)
	if err != nil {
		return nil, errs.Fields(op, errs.FieldError{Field: "cursor", Message: "is not a cursor from this list"})
	}
	return t.UTC(), nil
}

// after narrows q to the rows following (key, id) in this order.
func (o itemOrder) after(q *listQuery, key any, id int64) {
	cmp := " > "
	if o.desc {
		cmp = " < "
	}
	k, i := q.arg(key), q.arg(id)
	q.and("(" + o.key + cmp + k + " OR (" + o.key + " = " + k + " AND i.id" + cmp + i + "))")
}

// CountItems counts ownerID's items visible to viewer.
func (s *Service) CountItems(ctx context.Context, viewer, ownerID int64) (int, error) {
	q, _ := itemWhere(viewer, ownerID, ItemFilter{}, "")
	var n int
	err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM items i`+q.clause(), q.args...).Scan(&n)
	return n, db.Translate("count items", err)
}
