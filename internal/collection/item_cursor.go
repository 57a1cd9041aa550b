package collection

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// itemCursor is the position after the last row of an item page: its sort
// key and id. It travels as opaque URL-safe base64 of a JSON array (the
// catalog's cursor style), so callers cannot depend on its shape; the sort
// name is inside so a cursor of one order is refused by another.
type itemCursor struct {
	Sort string
	Key  string
	ID   int64
}

func (c itemCursor) encode() string {
	b, _ := json.Marshal([]any{c.Sort, c.Key, c.ID}) // strings and an int64 always marshal
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeItemCursor parses a cursor made for sort. An empty string is the
// first page (ok false); anything else that is not such a cursor is an
// Invalid error on field "cursor".
func decodeItemCursor(op, s, sort string) (c itemCursor, ok bool, err error) {
	if s == "" {
		return itemCursor{}, false, nil
	}
	bad := errs.Fields(op, errs.FieldError{Field: "cursor", Message: "is not a cursor from this list"})
	if len(s) > 2048 {
		return itemCursor{}, false, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return itemCursor{}, false, bad
	}
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil || len(parts) != 3 {
		return itemCursor{}, false, bad
	}
	if json.Unmarshal(parts[0], &c.Sort) != nil || c.Sort != sort ||
		json.Unmarshal(parts[1], &c.Key) != nil ||
		json.Unmarshal(parts[2], &c.ID) != nil || c.ID <= 0 {
		return itemCursor{}, false, bad
	}
	return c, true, nil
}

// listQuery collects the WHERE conditions and arguments of a dynamic read;
// values always travel as arguments, never inside the SQL text.
type listQuery struct {
	where []string
	args  []any
}

// arg adds a value and returns its placeholder.
func (q *listQuery) arg(v any) string {
	q.args = append(q.args, v)
	return fmt.Sprintf("$%d", len(q.args))
}

// and adds a condition built around placeholders from arg.
func (q *listQuery) and(cond string) { q.where = append(q.where, cond) }

// clause renders " WHERE a AND b", or "" without conditions.
func (q *listQuery) clause() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}
