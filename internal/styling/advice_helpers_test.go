package styling

import (
	"database/sql"
	"strings"
	"testing"
	"time"
)

// The helpers below write carriers, loadouts, settings and journal rows
// with plain SQL, so the advice tests depend only on the schema.

// adviceInsertCarrier adds a carrier of kind with its default size and
// points, and returns its id.
func adviceInsertCarrier(t testing.TB, f *fixture, owner int64, kind, name string, mods ...func(*Carrier)) int64 {
	t.Helper()
	k, ok := KindOf(kind)
	if !ok {
		t.Fatalf("unknown carrier kind %q", kind)
	}
	c := Carrier{Kind: kind, Name: name, Size: k.Size, WeightLimitG: k.WeightLimitG, Points: k.Points}
	for _, m := range mods {
		m(&c)
	}
	var id int64
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctxBG, `INSERT INTO carriers (owner_id, kind, name, size, colour, weight_limit_g, points,
				dress_code, max_count, removable_only, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id`,
			owner, c.Kind, c.Name, c.Size, c.Colour, c.WeightLimitG, strings.Join(c.Points, "\n"),
			c.DressCode, c.MaxCount, c.RemovableOnly, f.Now).Scan(&id)
	})
	if err != nil {
		t.Fatalf("insert carrier: %v", err)
	}
	return id
}

// adviceInsertLoadout adds a loadout of carrierID that started at started
// and ended at ended (nil: the current one), with its placements in order.
func adviceInsertLoadout(t testing.TB, f *fixture, owner, carrierID int64, started time.Time, ended *time.Time, placements ...PlacementInput) int64 {
	t.Helper()
	var id int64
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		var end sql.NullTime
		if ended != nil {
			end = sql.NullTime{Time: ended.UTC(), Valid: true}
		}
		err := tx.QueryRowContext(ctxBG, `INSERT INTO loadouts (owner_id, carrier_id, started_at, ended_at, created_at)
			VALUES ($1, $2, $3, $4, $3) RETURNING id`, owner, carrierID, started.UTC(), end).Scan(&id)
		if err != nil {
			return err
		}
		for i, p := range placements {
			if _, err := tx.ExecContext(ctxBG, `INSERT INTO loadout_items (loadout_id, item_id, point, position, active)
				VALUES ($1, $2, $3, $4, $5)`, id, p.ItemID, p.Point, i, ended == nil); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("insert loadout: %v", err)
	}
	return id
}

// adviceShare gives a loadout a share token.
func adviceShare(t testing.TB, f *fixture, loadoutID int64, token string) {
	t.Helper()
	adviceExec(t, f, `UPDATE loadouts SET share_token = $1 WHERE id = $2`, token, loadoutID)
}

// adviceSetSettings saves owner's styling settings.
func adviceSetSettings(t testing.TB, f *fixture, owner int64, st Settings) {
	t.Helper()
	adviceExec(t, f, `INSERT INTO styling_settings (user_id, style, rotation_days, hemisphere, updated_at)
		VALUES ($1, $2, $3, $4, $5)`, owner, st.Style, st.RotationDays, st.Hemisphere, f.Now)
}

// adviceJournalDay records a journal day on which itemID was the pick.
func adviceJournalDay(t testing.TB, f *fixture, owner int64, day string, itemID int64) {
	t.Helper()
	adviceExec(t, f, `INSERT INTO mood_journal (owner_id, day, mood, item_id, reason, created_at)
		VALUES ($1, $2, 'calm', $3, 'test', $4)`, owner, day, itemID, f.Now)
}

func adviceExec(t testing.TB, f *fixture, query string, args ...any) {
	t.Helper()
	err := f.DB.Tx(ctxBG, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctxBG, query, args...)
		return err
	})
	if err != nil {
		t.Fatalf("exec %q: %v", query, err)
	}
}

// adviceAgo is the time d days before the fixture's clock.
func adviceAgo(f *fixture, d int) time.Time { return f.Now.AddDate(0, 0, -d) }

// adviceEnd is an end time for adviceInsertLoadout.
func adviceEnd(t time.Time) *time.Time { return &t }
