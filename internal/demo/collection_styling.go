package demo

import (
	"context"
	"database/sql"
	"strings"
	"time"
)

// styling hangs the demo user's "on a carrier" items on carriers: an
// everyday backpack with a journey of two loadouts, and a work lanyard
// under a workplace dress code; and writes two weeks of the mood journal.
// Point names are the styling vocabulary's default codes.
func (w *collectionWriter) styling(ctx context.Context) error {
	onCarrier, err := w.itemIDs(ctx, `status = 'on_carrier'`)
	if err != nil {
		return err
	}
	stored, err := w.itemIDs(ctx, `status = 'stored'`)
	if err != nil {
		return err
	}
	backpack, err := w.carrier(ctx, "backpack", "Everyday backpack", "L", "pink", 400,
		[]string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"}, "", 0, false)
	if err != nil {
		return err
	}
	lanyard, err := w.carrier(ctx, "lanyard", "Work lanyard", "S", "blue", 60, []string{"badge_clip", "lanyard_ring"}, "workplace", 1, true)
	if err != nil {
		return err
	}
	// The backpack's earlier loadout: stored pieces, worn until three weeks ago.
	past := stored[:min(3, len(stored))]
	if err := w.loadout(ctx, backpack, past, []string{"zip_pull_left", "top_handle", "strap_right"},
		"Spring look for the museum trip", w.now.AddDate(0, -2, 0), w.now.AddDate(0, 0, -21)); err != nil {
		return err
	}
	// Four focal points on the backpack, one discreet piece on the lanyard;
	// anything else marked "on a carrier" goes back in the drawer.
	back, lan := onCarrier[:min(4, len(onCarrier))], onCarrier[min(4, len(onCarrier)):min(5, len(onCarrier))]
	if err := w.loadout(ctx, backpack, back, []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left"},
		"", w.now.AddDate(0, 0, -21), time.Time{}); err != nil {
		return err
	}
	if err := w.loadout(ctx, lanyard, lan, []string{"badge_clip"}, "", w.now.AddDate(0, 0, -10), time.Time{}); err != nil {
		return err
	}
	for _, id := range onCarrier[min(5, len(onCarrier)):] {
		if _, err := w.tx.ExecContext(ctx, `UPDATE items SET status = 'stored' WHERE id = $1`, id); err != nil {
			return err
		}
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO item_status_history (item_id, status, note, changed_at) VALUES ($1, 'stored', '', $2)`,
			id, w.now.AddDate(0, 0, -21)); err != nil {
			return err
		}
	}
	return w.moodJournal(ctx, stored)
}

func (w *collectionWriter) itemIDs(ctx context.Context, where string) ([]int64, error) {
	rows, err := w.tx.QueryContext(ctx, `SELECT id FROM items WHERE owner_id = $1 AND `+where+` ORDER BY id`, w.owner)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func (w *collectionWriter) carrier(ctx context.Context, kind, name, size, colour string, limit int, points []string, dress string, max int, removable bool) (int64, error) {
	var id int64
	err := w.tx.QueryRowContext(ctx, `INSERT INTO carriers (owner_id, kind, name, size, colour, weight_limit_g, points,
			dress_code, max_count, removable_only, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
		w.owner, kind, name, size, colour, limit, strings.Join(points, "\n"), dress, max, removable, w.now.AddDate(0, -3, 0)).Scan(&id)
	return id, err
}

// loadout writes one loadout of items over points (round robin); a zero
// end makes it the carrier's current loadout.
func (w *collectionWriter) loadout(ctx context.Context, carrier int64, items []int64, points []string, note string, start, end time.Time) error {
	var ended sql.NullTime
	if !end.IsZero() {
		ended = sql.NullTime{Time: end, Valid: true}
	}
	var id int64
	if err := w.tx.QueryRowContext(ctx, `INSERT INTO loadouts (owner_id, carrier_id, note, started_at, ended_at, created_at)
		VALUES ($1, $2, $3, $4, $5, $4) RETURNING id`, w.owner, carrier, note, start, ended).Scan(&id); err != nil {
		return err
	}
	for i, item := range items {
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO loadout_items (loadout_id, item_id, point, position, active)
			VALUES ($1, $2, $3, $4, $5)`, id, item, points[i%len(points)], i/len(points), !ended.Valid); err != nil {
			return err
		}
	}
	return nil
}

// moodJournal writes the last fourteen days of daily picks.
func (w *collectionWriter) moodJournal(ctx context.Context, items []int64) error {
	if len(items) == 0 {
		return nil
	}
	moods := []string{"happy", "calm", "cozy", "focused", "brave", "nostalgic", "happy"}
	for d := 14; d >= 1; d-- {
		item := items[d%len(items)]
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO mood_journal (owner_id, day, mood, item_id, reason, created_at)
			VALUES ($1, $2, $3, $4, $5, $6)`, w.owner, w.now.AddDate(0, 0, -d).Format(time.DateOnly), moods[d%len(moods)],
			item, "Picked for the day's mood", w.now.AddDate(0, 0, -d)); err != nil {
			return err
		}
	}
	return nil
}
