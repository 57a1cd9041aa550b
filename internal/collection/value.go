package collection

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// Value sources of an item or a report.
const (
	sourceListPrice  = "list_price"
	sourcePriceIndex = "price_index"
	sourceNone       = "none"
)

// Value estimates the owner's collection in currency (empty: the owner's):
// per item and in total, with cost basis and gain. Lost, stolen and
// recycled items are left out. Errors: Invalid (currency), NotFound (no
// such user).
func (s *Service) Value(ctx context.Context, owner int64, currency string) (*ValueReport, error) {
	const op = "value"
	currency = strings.ToUpper(strings.TrimSpace(currency))
	if currency == "" {
		var err error
		if currency, err = s.ownerCurrency(ctx, owner); err != nil {
			return nil, errs.Wrap(op, err)
		}
	}
	if !money.Valid(currency) {
		return nil, errs.Fields(op, errs.FieldError{Field: "currency", Message: "is not a supported currency"})
	}
	rates, err := s.catalog.Rates(ctx)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return s.valueIn(ctx, owner, currency, rates)
}

// valuedItem is a held item with its charm's list price.
type valuedItem struct {
	ItemSummary
	ListPrice    int64
	ListCurrency string
}

// valueIn builds the value report with a given rate table, so that
// SnapshotAll reads the rates once for every collection.
func (s *Service) valueIn(ctx context.Context, owner int64, currency string, rates money.Rates) (*ValueReport, error) {
	const op = "value"
	items, err := s.valuedItems(ctx, owner)
	if err != nil {
		return nil, err
	}
	est, err := s.indexEstimates(ctx, items)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	r := &ValueReport{Currency: currency, Items: make([]ItemValue, 0, len(items)), Source: sourceListPrice}
	for _, it := range items {
		line := estimateItem(it, est, currency, rates)
		if c, ok := rates.Convert(it.PricePaid, it.Currency, currency); ok {
			line.Cost = c
		}
		r.Cost += line.Cost
		switch line.Source {
		case sourceNone:
			r.Unpriced++
		case sourcePriceIndex:
			r.Source = sourcePriceIndex
		}
		if line.Source != sourceNone {
			// Gain only means something where there is an estimate; an
			// unpriced piece is not a loss of what was paid for it.
			line.Gain = line.Estimate - line.Cost
			r.Total += line.Estimate
			r.Gain += line.Gain
		}
		r.Items = append(r.Items, line)
	}
	slices.SortStableFunc(r.Items, func(a, b ItemValue) int {
		return cmp.Or(cmp.Compare(b.Estimate, a.Estimate), cmp.Compare(a.Item.ID, b.Item.ID))
	})
	return r, nil
}

// valuedItems reads the owner's held items with their charms' list prices.
func (s *Service) valuedItems(ctx context.Context, owner int64) ([]valuedItem, error) {
	const op = "value items"
	var out []valuedItem
	var price int64
	var currency string
	err := s.eachSummary(ctx, op, `SELECT `+summaryColumns+`, COALESCE(c.list_price, 0), COALESCE(c.currency, '')
		FROM items i`+summaryJoins+` WHERE i.owner_id = $1 AND `+stillHeldSQL+` ORDER BY i.id`, []any{owner},
		[]any{&price, &currency}, func(it ItemSummary) {
			out = append(out, valuedItem{ItemSummary: it, ListPrice: price, ListCurrency: currency})
		})
	return out, err
}
