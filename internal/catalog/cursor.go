package catalog

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// Page sizes of list reads.
const (
	DefaultLimit = 24
	MaxLimit     = 100
)

// pageLimit applies the list default and cap: list filters are lenient, a
// zero or negative limit means the default and a large one is capped.
func pageLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// cursor is the position after the last row of a keyset page: the row's
// sort keys and its id. It travels as opaque URL-safe base64 of a JSON
// array, so callers cannot depend on its shape.
type cursor struct {
	Keys []string
	ID   int64
}

func encodeCursor(id int64, keys ...string) string {
	parts := make([]any, 0, len(keys)+1)
	for _, k := range keys {
		parts = append(parts, k)
	}
	parts = append(parts, id)
	b, _ := json.Marshal(parts) // strings and an int64 always marshal
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor parses a cursor made by encodeCursor with nkeys sort keys.
// An empty string is the first page (ok false). A cursor of another shape
// is an Invalid error on field "cursor".
func decodeCursor(op, s string, nkeys int) (c cursor, ok bool, err error) {
	if s == "" {
		return cursor{}, false, nil
	}
	bad := errs.Fields(op, errs.FieldError{Field: "cursor", Message: "is not a cursor from this list"})
	if len(s) > 2048 {
		return cursor{}, false, bad
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return cursor{}, false, bad
	}
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil || len(parts) != nkeys+1 {
		return cursor{}, false, bad
	}
	c.Keys = make([]string, nkeys)
	for i := range nkeys {
		if err := json.Unmarshal(parts[i], &c.Keys[i]); err != nil {
			return cursor{}, false, bad
		}
	}
	if err := json.Unmarshal(parts[nkeys], &c.ID); err != nil || c.ID <= 0 {
		return cursor{}, false, bad
	}
	return c, true, nil
}

// query collects the WHERE conditions and arguments of a dynamic read;
// values always travel as arguments, never inside the SQL text.
type query struct {
	where []string
	args  []any
}

// arg adds a value and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return fmt.Sprintf("$%d", len(q.args))
}

// and adds a condition built around placeholders from arg.
func (q *query) and(cond string) { q.where = append(q.where, cond) }

// clause renders " WHERE a AND b", or "" without conditions.
func (q *query) clause() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}

// placeholders adds vals as arguments and returns "$i, $j, ...".
func (q *query) placeholders(n int, val func(i int) any) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(q.arg(val(i)))
	}
	return b.String()
}
