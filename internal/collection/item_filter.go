package collection

import (
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

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

// likePattern turns a search text into a LIKE pattern matching it as a
// substring, escaping the pattern characters with a backslash; callers
// match it with likeOp, which ignores case.
func likePattern(text string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(text) + "%"
}

// likeOp is the engine's case-insensitive LIKE: PostgreSQL's ILIKE, and
// SQLite's LIKE, which already ignores ASCII case; calling LOWER on each
// name instead doubles the cost of searching a large collection.
func likeOp(e db.Engine) string {
	if e == db.Postgres {
		return "ILIKE"
	}
	return "LIKE"
}
