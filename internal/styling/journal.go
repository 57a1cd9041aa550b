package styling

import (
	"context"
	"database/sql"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// journalColumns are read by journalScan from mood_journal j left-joined
// to the owner's items i and their charms c.
const journalColumns = `j.day, j.mood, j.mood_text, COALESCE(j.item_id, 0), COALESCE(j.backup_item_id, 0), j.reason,
	CASE WHEN i.title <> '' THEN i.title ELSE COALESCE(c.name, '') END`

const journalFrom = ` FROM mood_journal j
	LEFT JOIN items i ON i.id = j.item_id AND i.owner_id = j.owner_id
	LEFT JOIN charms c ON c.id = i.charm_id`

func journalScan(sc interface{ Scan(...any) error }) (MoodEntry, error) {
	var e MoodEntry
	var name sql.NullString
	err := sc.Scan(&e.Day, &e.Mood, &e.MoodText, &e.ItemID, &e.BackupItemID, &e.Reason, &name)
	e.ItemName = name.String
	return e, err
}

// Journal lists the mood journal of a month (YYYY-MM; empty: this month),
// by day. Errors: Invalid (month).
func (s *Service) Journal(ctx context.Context, owner int64, month string) ([]MoodEntry, error) {
	const op = "mood journal"
	first := s.clock()
	if month != "" {
		var err error
		if first, err = time.Parse("2006-01", month); err != nil {
			return nil, errs.Fields(op, errs.FieldError{Field: "month", Message: "give a month as YYYY-MM, for example 2026-06"})
		}
	}
	first = time.Date(first.Year(), first.Month(), 1, 0, 0, 0, 0, time.UTC)
	from, to := first.Format(time.DateOnly), first.AddDate(0, 1, 0).Format(time.DateOnly)
	rows, err := s.db.Query(ctx, `SELECT `+journalColumns+journalFrom+`
		WHERE j.owner_id = $1 AND j.day >= $2 AND j.day < $3 ORDER BY j.day`, owner, from, to)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []MoodEntry{}
	for rows.Next() {
		e, err := journalScan(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, e)
	}
	return out, db.Translate(op, rows.Err())
}

// journalEntry reads the owner's entry of a day. Errors: NotFound.
func (s *Service) journalEntry(ctx context.Context, owner int64, day string) (*MoodEntry, error) {
	e, err := journalScan(s.db.QueryRow(ctx, `SELECT `+journalColumns+journalFrom+`
		WHERE j.owner_id = $1 AND j.day = $2`, owner, day))
	if err == sql.ErrNoRows {
		return nil, errs.E("journal entry", errs.NotFound, "no pick today yet: tell us your mood first")
	}
	return &e, db.Translate("journal entry", err)
}

// journalSave records the day's entry, replacing an earlier one of the
// same day (one entry per owner and day).
func (s *Service) journalSave(ctx context.Context, owner int64, e MoodEntry) error {
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO mood_journal (owner_id, day, mood, mood_text, item_id, backup_item_id, reason, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (owner_id, day) DO UPDATE SET mood = excluded.mood, mood_text = excluded.mood_text,
				item_id = excluded.item_id, backup_item_id = excluded.backup_item_id, reason = excluded.reason`,
			owner, e.Day, e.Mood, e.MoodText, journalID(e.ItemID), journalID(e.BackupItemID), e.Reason, s.clock())
		return db.Translate("save journal entry", err)
	})
}

// journalID stores a zero item reference as NULL.
func journalID(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }
