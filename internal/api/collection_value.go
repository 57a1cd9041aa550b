package api

import (
	"context"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) valueRoutes() {
	handle(s, endpoint{
		id: "get-value", method: http.MethodGet, path: "/collection/value", tag: tagCollection,
		summary: "Estimate your collection's value", auth: true,
		desc: "Per item and in total, with cost basis and gain or loss, most valuable first. Estimates come from " +
			"the price index once the marketplace has one, else from list prices; source says which.",
	}, s.getValue)
	handle(s, endpoint{
		id: "list-value-history", method: http.MethodGet, path: "/collection/value/history", tag: tagCollection,
		summary: "List your collection's monthly value", auth: true,
		desc: "Monthly snapshots, oldest first, for a value-over-time chart.",
	}, s.valueHistory)
	handle(s, endpoint{
		id: "get-balance", method: http.MethodGet, path: "/collection/balance", tag: tagCollection,
		summary: "Get your collection's balance", auth: true,
		desc: "Shares of your items by category, material, theme, region and maker (big brands versus independent artists).",
	}, s.getBalance)
}

// ItemValue is one item's value line.
type ItemValue struct {
	Item     ItemSummary `json:"item"`
	Estimate Money       `json:"estimate" doc:"0 when unknown."`
	Cost     Money       `json:"cost" doc:"The price paid, converted."`
	Gain     Money       `json:"gain"`
	Source   string      `json:"source" enum:"list_price,price_index,none"`
}

// ValueReport is the value of a collection in one currency.
type ValueReport struct {
	Currency string      `json:"currency" example:"CNY"`
	Total    Money       `json:"total"`
	Cost     Money       `json:"cost" doc:"What the items cost."`
	Gain     Money       `json:"gain" doc:"total − cost; negative for a loss."`
	Unpriced int         `json:"unpriced" doc:"Items without an estimate (one-offs, unknown prices)."`
	Source   string      `json:"source" enum:"list_price,price_index" doc:"Where most estimates come from."`
	Items    []ItemValue `json:"items" nullable:"false"`
}

func valueReportOf(r *collection.ValueReport) ValueReport {
	c := r.Currency
	out := ValueReport{Currency: c, Total: moneyOf(r.Total, c), Cost: moneyOf(r.Cost, c), Gain: moneyOf(r.Gain, c),
		Unpriced: r.Unpriced, Source: r.Source, Items: make([]ItemValue, len(r.Items))}
	for i := range r.Items {
		v := &r.Items[i]
		out.Items[i] = ItemValue{Item: itemSummaryOf(&v.Item), Estimate: moneyOf(v.Estimate, c),
			Cost: moneyOf(v.Cost, c), Gain: moneyOf(v.Gain, c), Source: v.Source}
	}
	return out
}

type valueInput struct {
	Currency string `query:"currency" maxLength:"3" example:"USD" doc:"Report currency; left out: yours."`
}

func (s *Server) getValue(ctx context.Context, in *valueInput) (*body[ValueReport], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	r, err := s.deps.Collection.Value(ctx, uid, in.Currency)
	if err != nil {
		return nil, errs.Wrap("api.getValue", err)
	}
	return &body[ValueReport]{Body: valueReportOf(r)}, nil
}

// ValueSnapshot is one month's value of a collection.
type ValueSnapshot struct {
	Month   string    `json:"month" example:"2026-05" doc:"YYYY-MM."`
	Value   Money     `json:"value"`
	Cost    Money     `json:"cost"`
	Items   int       `json:"items" example:"57"`
	Source  string    `json:"source" example:"list_price"`
	TakenAt time.Time `json:"taken_at"`
}

func (s *Server) valueHistory(ctx context.Context, _ *struct{}) (*body[Page[ValueSnapshot]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	snaps, err := s.deps.Collection.ValueHistory(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.valueHistory", err)
	}
	out := make([]ValueSnapshot, len(snaps))
	for i, sn := range snaps {
		out[i] = ValueSnapshot{Month: sn.Month, Value: moneyOf(sn.Value, sn.Currency), Cost: moneyOf(sn.Cost, sn.Currency),
			Items: sn.Items, Source: sn.Source, TakenAt: sn.TakenAt}
	}
	return all(out), nil
}

// Share is one slice of a breakdown.
type Share struct {
	Key     string `json:"key" example:"plush" doc:"The vocabulary code of the slice."`
	Amount  *Money `json:"amount,omitempty" doc:"Money breakdowns only."`
	Count   int    `json:"count,omitempty" doc:"Count breakdowns only."`
	Percent int    `json:"percent" example:"40"`
}

func sharesOf(ss []collection.Share, currency string) []Share {
	out := make([]Share, len(ss))
	for i, sh := range ss {
		out[i] = Share{Key: sh.Key, Count: sh.Count, Percent: sh.Percent}
		if currency != "" {
			m := moneyOf(sh.Amount, currency)
			out[i].Amount = &m
		}
	}
	return out
}

// Balance is how a collection is spread.
type Balance struct {
	Items      int     `json:"items" example:"57"`
	Categories []Share `json:"categories" nullable:"false"`
	Materials  []Share `json:"materials" nullable:"false"`
	Themes     []Share `json:"themes" nullable:"false"`
	Regions    []Share `json:"regions" nullable:"false"`
	Makers     []Share `json:"makers" nullable:"false" doc:"ip_brand, luxury, retailer, independent, museum, one_off."`
}

func (s *Server) getBalance(ctx context.Context, _ *struct{}) (*body[Balance], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	b, err := s.deps.Collection.Balance(ctx, uid, uid)
	if err != nil {
		return nil, errs.Wrap("api.getBalance", err)
	}
	return &body[Balance]{Body: Balance{Items: b.Items, Categories: sharesOf(b.Categories, ""),
		Materials: sharesOf(b.Materials, ""), Themes: sharesOf(b.Themes, ""), Regions: sharesOf(b.Regions, ""),
		Makers: sharesOf(b.Makers, "")}}, nil
}
