package styling

import (
	"context"
	"database/sql"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// dailyChosenReason is the journal's reason for an item the owner chose to
// wear although the pick would not have proposed it.
const dailyChosenReason = "Your own choice for today"

// Wear records that the owner wears itemID today instead (the backup, or
// any of their items): it becomes today's item and the one it replaces
// becomes the backup. Errors: NotFound (no pick today, or not their
// item), Invalid (an item not at hand: lost, stolen, recycled, lent or for
// sale).
func (s *Service) Wear(ctx context.Context, owner, itemID int64) error {
	const op = "wear"
	st, err := s.adviceSettings(ctx, owner)
	if err != nil {
		return errs.Wrap(op, err)
	}
	day := s.clock().Format(time.DateOnly)
	e, err := s.journalEntry(ctx, owner, day)
	if err != nil {
		return errs.Wrap(op, err)
	}
	ps, err := s.pieces(ctx, owner, day)
	if err != nil {
		return errs.Wrap(op, err)
	}
	p := ps.get(itemID)
	if p == nil {
		return errs.E(op, errs.NotFound, "no such item")
	}
	if !p.wearable() {
		return errs.Fields(op, errs.FieldError{Field: "item_id", Message: p.Name + " is not at hand to wear (status " + p.status + ")"})
	}
	if e.ItemID == itemID {
		return nil
	}
	best, backup := dailyRun(ps, e.Mood, st.Hemisphere)
	reason := dailyMatch(itemID, dailyChosenReason, best, backup).Reason
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		// The old item becomes the backup; SET reads the row as it was.
		// The item is checked again to be the owner's inside the write.
		res, err := tx.ExecContext(ctx, `UPDATE mood_journal
			SET backup_item_id = item_id, item_id = $3, reason = $4
			WHERE owner_id = $1 AND day = $2
			AND EXISTS (SELECT 1 FROM items i WHERE i.id = $3 AND i.owner_id = $1)`, owner, day, itemID, reason)
		if err != nil {
			return db.Translate(op, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return db.Translate(op, err)
		} else if n == 0 {
			return errs.E(op, errs.NotFound, "no pick today")
		}
		return nil
	})
}
