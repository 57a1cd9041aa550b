package demo

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// entry writes one budget entry in CNY, the demo user's budget currency.
func (w *collectionWriter) entry(ctx context.Context, at time.Time, amount int64, currency, category, kind, desc string, item sql.NullInt64) error {
	home, ok := w.rates.Convert(amount, currency, "CNY")
	if !ok {
		return nil // a currency without a demo rate: leave it out of the budget
	}
	_, err := w.tx.ExecContext(ctx, `INSERT INTO budget_entries (owner_id, spent_on, amount, currency, home_amount, home_currency,
			category, seller_kind, description, source, item_id, created_at)
		VALUES ($1, $2, $3, $4, $5, 'CNY', $6, $7, $8, 'manual', $9, $10)`,
		w.owner, at.Format(time.DateOnly), amount, currency, home, category, kind, desc, item, at)
	return err
}

// wishes puts the series' secret figure and the rest of the second series
// on a public wishlist.
func (w *collectionWriter) wishes(ctx context.Context, p *collectionPicks) error {
	var wanted []demoCharm
	for _, c := range p.Series {
		if c.Rarity == "secret" {
			wanted = append(wanted, c)
		}
	}
	if len(p.Second) > 3 {
		wanted = append(wanted, p.Second[3:]...)
	}
	for i, c := range wanted {
		prio := 1 + min(i, 4)
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO wishes (owner_id, charm_id, priority, max_price, currency, note, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, w.owner, c.ID, prio, c.Price*2, c.Currency, "", w.now.AddDate(0, 0, -i)); err != nil {
			return err
		}
	}
	return nil
}

// budget sets an 800 CNY allowance with this month at 85% (the warning
// level), and writes half a year of value snapshots.
func (w *collectionWriter) budget(ctx context.Context) error {
	if _, err := w.tx.ExecContext(ctx, `INSERT INTO collection_settings (user_id, monthly_allowance, budget_currency, wishlist_public, updated_at)
		VALUES ($1, 80000, 'CNY', TRUE, $2)`, w.owner, w.now); err != nil {
		return err
	}
	month := time.Date(w.now.Year(), w.now.Month(), 1, 12, 0, 0, 0, time.UTC)
	for i, e := range []struct {
		amount      int64
		category    string
		kind        string
		description string
	}{
		{16800, "metal_enamel", "museum", "Museum shop enamel pin"},
		{22000, "plush", "secondhand", "Secondhand plush from the flea market"},
		{29200, "acrylic", "brand", "Limited keyring drop"},
	} {
		at := month.AddDate(0, 0, min(i*3, w.now.Day()-1))
		if err := w.entry(ctx, at, e.amount, "CNY", e.category, e.kind, e.description, sql.NullInt64{}); err != nil {
			return err
		}
	}
	// Each month's snapshot counts the items held at its end, as the
	// monthly job would have recorded it.
	for m := 5; m >= 0; m-- {
		start := month.AddDate(0, -m, 0)
		end := start.AddDate(0, 1, 0)
		var value, cost int64
		items := 0
		for _, h := range w.held {
			if h.at.Before(end) {
				value, cost, items = value+h.value, cost+h.paid, items+1
			}
		}
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO value_snapshots (owner_id, month, currency, value, cost, items, source, taken_at)
			VALUES ($1, $2, 'CNY', $3, $4, $5, 'list_price', $6)`, w.owner, start.Format("2006-01"), value, cost, items, takenAt(end, w.now)); err != nil {
			return fmt.Errorf("snapshot: %w", err)
		}
	}
	return nil
}

// takenAt is when a month's snapshot was taken: its last hour, or now for
// the month still running.
func takenAt(end, now time.Time) time.Time {
	if t := end.Add(-time.Hour); t.Before(now) {
		return t
	}
	return now
}
