package collection

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// importBatch is how many items are written between progress reports.
const importBatch = 500

// resolve applies the owner's choices to ambiguous rows: a candidate's
// charm id, or 0 for a one-off. A choice that is not a candidate is a row
// error; rows without a choice are returned.
func (p *importPlan) resolve(choices map[int]int64, today string) (missing []RowError) {
	for i := range p.planned {
		pr := &p.planned[i]
		if pr.match != matchAmbiguous {
			continue
		}
		choice, ok := choices[pr.line]
		b := rowBuilder{plan: p, line: pr.line}
		switch {
		case !ok:
			missing = append(missing, RowError{Line: pr.line, Column: p.mapping[pr.on], Field: pr.on,
				Message: fmt.Sprintf("“%s” matches %d catalog charms; choose one, or a one-off", pr.value, len(pr.candidates))})
			continue
		case choice == 0:
			pr.in.Title, pr.match = pr.fallback, matchOneOff
		default:
			if pr.charm = pr.candidate(choice); pr.charm == nil {
				b.fail(pr.on, "charm "+strconv.FormatInt(choice, 10)+" is not one of the charms “"+pr.value+"” matches")
				continue
			}
			pr.match = matchName
			if pr.on == "sku" {
				pr.match = matchSKU
			}
		}
		b.validate(pr, today)
	}
	slices.SortStableFunc(p.errors, func(a, b RowError) int { return a.Line - b.Line })
	return missing
}

// candidate returns the candidate with charm id, or nil.
func (pr *plannedRow) candidate(id int64) *charmRef {
	for _, c := range pr.candidates {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// writeImport creates every planned item in one transaction, with the boxes the
// rows name, reporting progress every importBatch items.
func (s *Service) writeImport(ctx context.Context, owner int64, p *importPlan, progress func(done, total int)) error {
	report := func(done int) {
		if progress != nil {
			progress(done, p.items)
		}
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		boxes, err := s.ensureBoxes(ctx, tx, owner, p.planned)
		if err != nil {
			return err
		}
		done := 0
		for i := range p.planned {
			pr := &p.planned[i]
			in := pr.in
			in.BoxID = boxes[matchKey(pr.box)]
			for range pr.qty {
				if _, err := s.insertItem(ctx, tx, owner, &in); err != nil {
					return errs.Wrap("import line "+strconv.Itoa(pr.line), err)
				}
				if done++; done%importBatch == 0 {
					report(done)
				}
			}
		}
		if done%importBatch != 0 {
			report(done)
		}
		return nil
	})
}

// ensureBoxes returns the owner's boxes by matchKey, creating the ones the
// rows name that do not exist yet. Names match regardless of case, so
// "Shelf" and "shelf" in one file fill one box.
func (s *Service) ensureBoxes(ctx context.Context, tx *sql.Tx, owner int64, rows []plannedRow) (map[string]int64, error) {
	const op = "import: boxes"
	ids := map[string]int64{}
	rs, err := tx.QueryContext(ctx, `SELECT id, name FROM storage_boxes WHERE owner_id = $1 ORDER BY id`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	for rs.Next() {
		var id int64
		var name string
		if err := rs.Scan(&id, &name); err != nil {
			rs.Close()
			return nil, db.Translate(op, err)
		}
		if _, dup := ids[matchKey(name)]; !dup {
			ids[matchKey(name)] = id
		}
	}
	rs.Close()
	if err := rs.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	now := s.clock()
	for _, pr := range rows {
		key := matchKey(pr.box)
		if _, ok := ids[key]; ok || key == "" {
			continue
		}
		var id int64
		err := tx.QueryRowContext(ctx, `INSERT INTO storage_boxes (owner_id, name, note, created_at) VALUES ($1, $2, '', $3) RETURNING id`,
			owner, strings.Join(strings.Fields(pr.box), " "), now).Scan(&id)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		ids[key] = id
	}
	ids[""] = 0
	return ids, nil
}
