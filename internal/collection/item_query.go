package collection

import (
	"fmt"
	"strings"

	"github.com/charmory/charmory/internal/db"
)

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

// likePattern turns a search text into a LIKE pattern matching it as a
// substring, escaping the pattern characters with a backslash; callers
// match it with likeOp, which ignores case.
func likePattern(text string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(text) + "%"
}

// likeOp is the engine's case-insensitive LIKE: PostgreSQL's ILIKE, and
// SQLite's LIKE, which already ignores ASCII case and, unlike wrapping
// both sides in LOWER, leaves its column reads unchanged per row.
func likeOp(e db.Engine) string {
	if e == db.Postgres {
		return "ILIKE"
	}
	return "LIKE"
}
