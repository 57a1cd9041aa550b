package transfer

import (
	"fmt"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// collector gathers the rows of one file as a reader produces them.
type collector struct {
	op   string
	p    Parsed
	seen map[string]int // external_id → line of the row that holds it
	b    rowBuilder
}

func newCollector(op string, crlf bool) *collector {
	return &collector{op: op, seen: map[string]int{}, b: rowBuilder{crlf: crlf}}
}

// add takes the row in the builder: into Rows if it is good, into Errors
// if not. A second row with an external_id seen before is an error, since
// one import upserts each charm once.
func (c *collector) add() {
	b := &c.b
	if len(b.errs) == 0 {
		id := b.row.Charm.ExternalID
		if first, dup := c.seen[id]; dup {
			b.fail("external_id", fmt.Sprintf("%s already appears on line %d", quote(id), first))
		} else {
			c.seen[id] = b.row.Line
		}
	}
	if len(b.errs) > 0 {
		c.p.Invalid++
		for _, e := range b.errs {
			c.p.Errors.Add(e)
		}
		return
	}
	c.p.Rows = append(c.p.Rows, b.row)
}

// fatal records why the file could not be read to its end and returns the
// error that says so; what was read before stays in the result.
func (c *collector) fatal(kind errs.Kind, line int, field, msg string) (*Parsed, error) {
	line = max(line, 1)
	c.p.Errors.keep(catalog.RowError{Line: line, Field: field, Message: msg})
	return &c.p, errs.Ef(c.op, kind, "line %d: %s", line, msg)
}

// done returns the result of a file read to its end.
func (c *collector) done() (*Parsed, error) { return &c.p, nil }
