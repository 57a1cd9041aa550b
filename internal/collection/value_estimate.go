package collection

import (
	"context"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// estimateKey names a price-index estimate: a charm in a condition.
type estimateKey struct {
	charmID   int64
	condition string
}

// indexEstimates asks the price index, when there is one, for every
// catalog charm of items: one call per condition held, not per item.
func (s *Service) indexEstimates(ctx context.Context, items []valuedItem) (map[estimateKey]Estimate, error) {
	out := map[estimateKey]Estimate{}
	if s.prices == nil {
		return out, nil
	}
	byCondition := map[string][]int64{}
	seen := map[estimateKey]bool{}
	for _, it := range items {
		k := estimateKey{it.CharmID, it.Condition}
		if it.CharmID == 0 || seen[k] {
			continue
		}
		seen[k] = true
		byCondition[it.Condition] = append(byCondition[it.Condition], it.CharmID)
	}
	for _, cond := range Conditions {
		ids := byCondition[cond]
		if len(ids) == 0 {
			continue
		}
		est, err := s.prices.Estimates(ctx, ids, cond)
		if err != nil {
			return nil, errs.Wrap("price index", err)
		}
		for id, e := range est {
			out[estimateKey{id, cond}] = e
		}
	}
	return out, nil
}

// estimateItem prices one item in currency: the price index's estimate
// for its charm and condition when it has one, else the charm's list
// price. One-offs, charms without a list price and amounts that cannot be
// converted stay unpriced rather than guessed.
func estimateItem(it valuedItem, index map[estimateKey]Estimate, currency string, rates money.Rates) ItemValue {
	line := ItemValue{Item: it.ItemSummary, Source: sourceNone}
	if it.CharmID == 0 {
		return line
	}
	if e, ok := index[estimateKey{it.CharmID, it.Condition}]; ok && e.Amount > 0 {
		if v, ok := rates.Convert(e.Amount, e.Currency, currency); ok {
			line.Estimate, line.Source = v, sourcePriceIndex
			return line
		}
	}
	if it.ListPrice > 0 {
		if v, ok := rates.Convert(it.ListPrice, it.ListCurrency, currency); ok {
			line.Estimate, line.Source = v, sourceListPrice
		}
	}
	return line
}
