package collection

import (
	"context"
	"database/sql"
	"sort"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// careSubjectQuery reads what care needs of one of the owner's items.
const careSubjectQuery = `SELECT i.id, i.materials, COALESCE(c.materials, ''), i.acquired_on, i.created_at
FROM items i LEFT JOIN charms c ON c.id = i.charm_id WHERE i.id = $1 AND i.owner_id = $2`

// careSkipped are statuses whose items are out of the owner's hands, so
// reminders about them would only nag.
const careSkipped = `('lost', 'stolen', 'recycled', 'lent')`

func scanCareSubject(op string, sc scanner) (careSubject, error) {
	var id int64
	var own, charm, acquired string
	var created time.Time
	err := sc.Scan(&id, &own, &charm, &acquired, &created)
	if err == sql.ErrNoRows {
		return careSubject{}, errs.E(op, errs.NotFound, "no such item")
	} else if err != nil {
		return careSubject{}, db.Translate(op, err)
	}
	return newCareSubject(id, own, charm, acquired, created), nil
}

// ItemCare lists the care tasks of one of the owner's items, from its
// materials, with when each was last done and is due. Errors: NotFound.
func (s *Service) ItemCare(ctx context.Context, owner, itemID int64) ([]CareTask, error) {
	const op = "item care"
	subj, err := scanCareSubject(op, s.db.QueryRow(ctx, careSubjectQuery, itemID, owner))
	if err != nil {
		return nil, err
	}
	done, err := s.careDone(ctx, op, `SELECT item_id, task, done_on FROM item_care WHERE item_id = $1`, itemID)
	if err != nil {
		return nil, err
	}
	return subj.tasks(done[itemID], s.today()), nil
}

// CareDue lists the owner's items with care tasks due today or earlier,
// most overdue first (lost, stolen, recycled and lent items are left out).
func (s *Service) CareDue(ctx context.Context, owner int64) ([]CareDue, error) {
	const op = "care due"
	done, err := s.careDone(ctx, op, `SELECT ic.item_id, ic.task, ic.done_on FROM item_care ic
		JOIN items i ON i.id = ic.item_id WHERE i.owner_id = $1`, owner)
	if err != nil {
		return nil, err
	}
	today := s.today()
	out := []CareDue{}
	var own, charm string
	var created time.Time
	err = s.eachSummary(ctx, op, `SELECT `+summaryColumns+`, i.materials, COALESCE(c.materials, ''), i.created_at
		FROM items i`+summaryJoins+` WHERE i.owner_id = $1 AND i.status NOT IN `+careSkipped+` ORDER BY i.id`,
		[]any{owner}, []any{&own, &charm, &created}, func(it ItemSummary) {
			subj := newCareSubject(it.ID, own, charm, it.AcquiredOn, created)
			if due := dueTasks(subj.tasks(done[it.ID], today)); len(due) > 0 {
				out = append(out, CareDue{Item: it, Tasks: due})
			}
		})
	if err != nil {
		return nil, err
	}
	// Each item's first task is its most overdue; the stable sort keeps
	// items due the same day in id order.
	sort.SliceStable(out, func(a, b int) bool { return out[a].Tasks[0].DueOn < out[b].Tasks[0].DueOn })
	return out, nil
}

// dueTasks keeps the due tasks, most overdue first.
func dueTasks(tasks []CareTask) []CareTask {
	var due []CareTask
	for _, t := range tasks {
		if t.Due {
			due = append(due, t)
		}
	}
	sort.SliceStable(due, func(a, b int) bool { return due[a].DueOn < due[b].DueOn })
	return due
}

// careDone reads item_care rows (item id, task, date) into a map by item
// and task.
func (s *Service) careDone(ctx context.Context, op, query string, arg int64) (map[int64]map[string]string, error) {
	rows, err := s.db.Query(ctx, query, arg)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := map[int64]map[string]string{}
	for rows.Next() {
		var id int64
		var task, on string
		if err := rows.Scan(&id, &task, &on); err != nil {
			return nil, db.Translate(op, err)
		}
		if out[id] == nil {
			out[id] = map[string]string{}
		}
		out[id][task] = on
	}
	return out, db.Translate(op, rows.Err())
}

// MarkCared records that task was done today for the item. Errors:
// NotFound, Invalid (a task the item does not have).
func (s *Service) MarkCared(ctx context.Context, owner, itemID int64, task string) error {
	const op = "mark cared"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		subj, err := scanCareSubject(op, tx.QueryRowContext(ctx, careSubjectQuery, itemID, owner))
		if err != nil {
			return err
		}
		if !subj.hasTask(task) {
			return errs.Fields(op, errs.FieldError{Field: "task", Message: "is not a care task of this item"})
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO item_care (item_id, task, done_on) VALUES ($1, $2, $3)
			ON CONFLICT (item_id, task) DO UPDATE SET done_on = excluded.done_on`, itemID, task, s.today())
		return db.Translate(op, err)
	})
}
