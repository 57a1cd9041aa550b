package collection

import (
	"context"
	"time"
)

// Estimate is a charm's estimated value from a price source.
type Estimate struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Source   string `json:"source"` // "list_price" until a price index exists, then "price_index"
}

// PriceIndex estimates what charms are worth; the marketplace provides
// one. Without it, value falls back to list price, clearly labelled.
type PriceIndex interface {
	// Estimates returns an estimate per charm id it knows, by condition.
	Estimates(ctx context.Context, charmIDs []int64, condition string) (map[int64]Estimate, error)
}

// ItemValue is one item's value line.
type ItemValue struct {
	Item     ItemSummary `json:"item"`
	Estimate int64       `json:"estimate"` // in the report currency; 0 when unknown
	Cost     int64       `json:"cost"`     // price paid, converted
	Gain     int64       `json:"gain"`
	Source   string      `json:"source"` // list_price, price_index, none
}

// ValueReport is the value of a collection in one currency.
type ValueReport struct {
	Currency string      `json:"currency"`
	Total    int64       `json:"total"`
	Cost     int64       `json:"cost"`
	Gain     int64       `json:"gain"`
	Items    []ItemValue `json:"items"` // most valuable first
	Unpriced int         `json:"unpriced"`
	Source   string      `json:"source"` // the dominant source: list_price or price_index
}

// Snapshot is one month's value of a collection.
type Snapshot struct {
	Month    string    `json:"month"` // YYYY-MM
	Currency string    `json:"currency"`
	Value    int64     `json:"value"`
	Cost     int64     `json:"cost"`
	Items    int       `json:"items"`
	Source   string    `json:"source"`
	TakenAt  time.Time `json:"taken_at"`
}

// Purchase is a purchase another capability (marketplace, drops, blind
// boxes) logs against a collector's budget. Ref names the business event
// ("order:42"); logging the same Ref twice records it once.
type Purchase struct {
	OwnerID     int64
	Ref         string
	SpentOn     time.Time
	Amount      int64
	Currency    string
	CharmID     int64  // optional: gives the category and seller kind
	ItemID      int64  // optional
	SellerKind  string // optional: overrides the kind derived from the charm
	Description string
}

// BudgetEntryInput is a manual budget entry.
type BudgetEntryInput struct {
	SpentOn     string `json:"spent_on"` // YYYY-MM-DD; empty: today
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency,omitempty"` // empty: the budget currency
	Category    string `json:"category,omitempty"`
	SellerKind  string `json:"seller_kind,omitempty"` // see BudgetSellerKinds; empty: other
	Description string `json:"description,omitempty"`
}

// BudgetEntry is one purchase counted against the budget.
type BudgetEntry struct {
	ID           int64     `json:"id"`
	SpentOn      string    `json:"spent_on"`
	Amount       int64     `json:"amount"`
	Currency     string    `json:"currency"`
	HomeAmount   int64     `json:"home_amount"` // in the budget currency
	HomeCurrency string    `json:"home_currency"`
	Category     string    `json:"category,omitempty"`
	SellerKind   string    `json:"seller_kind"`
	Description  string    `json:"description,omitempty"`
	Source       string    `json:"source"` // manual, platform, import
	Ref          string    `json:"ref,omitempty"`
	ItemID       int64     `json:"item_id,omitempty"`
	CreatedAt    time.Time `json:"created_at"`
}

// Share is one slice of a breakdown.
type Share struct {
	Key     string `json:"key"`
	Amount  int64  `json:"amount,omitempty"` // money breakdowns
	Count   int    `json:"count,omitempty"`  // count breakdowns
	Percent int    `json:"percent"`
}

// BudgetMonth is one month of the budget.
type BudgetMonth struct {
	Month        string        `json:"month"` // YYYY-MM
	Currency     string        `json:"currency"`
	Allowance    int64         `json:"allowance"`
	Spent        int64         `json:"spent"`
	Remaining    int64         `json:"remaining"` // negative when over
	Percent      int           `json:"percent"`
	Level        string        `json:"level"` // none (no allowance), ok, warn (≥80%), over (≥100%)
	Entries      []BudgetEntry `json:"entries"`
	ByCategory   []Share       `json:"by_category"`
	BySellerKind []Share       `json:"by_seller_kind"`
}

// MonthTotal is one month of the budget history.
type MonthTotal struct {
	Month     string `json:"month"`
	Spent     int64  `json:"spent"`
	Allowance int64  `json:"allowance"`
}

// Balance is how a collection is spread: shares by category, material,
// theme, region and maker kind (big brands versus independent artists).
type Balance struct {
	Items      int     `json:"items"`
	Categories []Share `json:"categories"`
	Materials  []Share `json:"materials"`
	Themes     []Share `json:"themes"`
	Regions    []Share `json:"regions"`
	Makers     []Share `json:"makers"` // brand, independent, museum, luxury, retailer, one_off
}
