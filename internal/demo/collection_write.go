package demo

import (
	"context"
	"database/sql"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// collectionWriter writes the demo collection inside one transaction.
type collectionWriter struct {
	tx    *sql.Tx
	owner int64
	now   time.Time
	rates money.Rates
	boxes [2]int64
	held  []holding // what each item cost and is listed at, for the snapshots
}

// holding is one item as the value snapshots count it, in CNY.
type holding struct {
	at          time.Time
	value, paid int64
}

// demoItem is one item of the demo collection.
type demoItem struct {
	charm      *demoCharm
	title      string // one-offs
	category   string
	materials  string
	condition  string
	source     string
	status     string
	visibility string
	memory     string
	monthsAgo  int
	box        int // 0: none, 1 or 2
	price      int64
	currency   string
}

func (w *collectionWriter) write(ctx context.Context, p *collectionPicks) error {
	w.rates = catalog.DefaultRates()
	for i, name := range []string{"Blind-box shelf", "Travel pouch"} {
		if err := w.tx.QueryRowContext(ctx, `INSERT INTO storage_boxes (owner_id, name, note, created_at) VALUES ($1, $2, '', $3) RETURNING id`,
			w.owner, name, w.now).Scan(&w.boxes[i]); err != nil {
			return err
		}
	}
	for _, it := range demoItems(p) {
		if err := w.item(ctx, it); err != nil {
			return err
		}
	}
	if err := w.wishes(ctx, p); err != nil {
		return err
	}
	if err := w.budget(ctx); err != nil {
		return err
	}
	return w.styling(ctx)
}

// demoItems lays out the collection: the first series nearly complete
// with duplicates, part of a second, assorted pieces and two one-offs.
func demoItems(p *collectionPicks) []demoItem {
	var out []demoItem
	for i := range p.Series {
		c := &p.Series[i]
		if c.Rarity == "secret" {
			continue // still hunting it: it is on the wishlist
		}
		out = append(out, demoItem{charm: c, condition: "opened", source: "blind_box", status: "stored", visibility: "public", monthsAgo: 5 - i%5, box: 1})
	}
	if len(p.Series) > 2 {
		out = append(out,
			demoItem{charm: &p.Series[0], condition: "opened", source: "blind_box", status: "for_trade", visibility: "public", monthsAgo: 2, box: 1},
			demoItem{charm: &p.Series[0], condition: "boxed", source: "blind_box", status: "stored", visibility: "private", monthsAgo: 1, box: 1},
			demoItem{charm: &p.Series[2], condition: "opened", source: "blind_box", status: "for_trade", visibility: "public", monthsAgo: 1, box: 1})
	}
	for i := 0; i < 3 && i < len(p.Second); i++ {
		out = append(out, demoItem{charm: &p.Second[i], condition: "mint", source: "shop", status: "stored", visibility: "private", monthsAgo: 3})
	}
	statuses := []string{"on_carrier", "stored", "on_carrier", "stored", "lent", "stored"}
	for i := range p.Assorted {
		c := &p.Assorted[i]
		out = append(out, demoItem{charm: c, condition: []string{"mint", "worn", "opened"}[i%3], source: []string{"shop", "drop", "secondhand"}[i%3],
			status: statuses[i%len(statuses)], visibility: []string{"public", "private"}[i%2], monthsAgo: 1 + i%5, box: 2 * (i % 2)})
	}
	return append(out,
		demoItem{title: "Crochet strawberry from Grandma", category: "crochet", materials: "cotton,wool_yarn", condition: "worn",
			source: "gift", status: "on_carrier", visibility: "public", monthsAgo: 4,
			memory: "Grandma crocheted it the week before I left for university; it has been on every backpack since."},
		demoItem{title: "Festival friendship charm", category: "beaded", materials: "seed_beads", condition: "opened",
			source: "gift", status: "stored", visibility: "private", monthsAgo: 2, box: 2,
			memory: "Swapped with a stranger in the queue at the summer music festival; we still write."})
}

func (w *collectionWriter) item(ctx context.Context, it demoItem) error {
	at := w.now.AddDate(0, -it.monthsAgo, 0)
	var charmID sql.NullInt64
	price, currency := it.price, "CNY"
	if it.charm != nil {
		charmID = sql.NullInt64{Int64: it.charm.ID, Valid: true}
		price, currency = it.charm.Price, it.charm.Currency
		if it.source == "secondhand" {
			price = price * 7 / 10 // a find below list price
		}
		list, okList := w.rates.Convert(it.charm.Price, it.charm.Currency, "CNY")
		paid, okPaid := w.rates.Convert(price, currency, "CNY")
		if okList && okPaid {
			w.held = append(w.held, holding{at: at, value: list, paid: paid})
		}
	}
	var box sql.NullInt64
	if it.box > 0 {
		box = sql.NullInt64{Int64: w.boxes[it.box-1], Valid: true}
	}
	var id int64
	err := w.tx.QueryRowContext(ctx, `INSERT INTO items (owner_id, charm_id, title, category, materials, condition, acquired_on,
			source, price_paid, currency, memory, status, visibility, box_id, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
		w.owner, charmID, it.title, it.category, it.materials, it.condition, at.Format(time.DateOnly),
		it.source, price, currency, it.memory, it.status, it.visibility, box, at).Scan(&id)
	if err != nil {
		return err
	}
	if _, err := w.tx.ExecContext(ctx, `INSERT INTO item_status_history (item_id, status, note, changed_at) VALUES ($1, $2, '', $3)`,
		id, it.status, at); err != nil {
		return err
	}
	if price == 0 || it.source == "gift" {
		return nil
	}
	kind := sellerKindOf(it)
	return w.entry(ctx, at, price, currency, categoryOf(it), kind, "", sql.NullInt64{Int64: id, Valid: true})
}

func categoryOf(it demoItem) string {
	if it.charm != nil {
		return it.charm.Category
	}
	return it.category
}

func sellerKindOf(it demoItem) string {
	switch {
	case it.source == "secondhand" || it.source == "trade":
		return "secondhand"
	case it.charm == nil:
		return "other"
	case it.charm.Kind == "independent" || it.charm.Kind == "museum":
		return it.charm.Kind
	}
	return "brand"
}
