package web

import (
	"html/template"
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/money"
	"github.com/charmory/charmory/internal/web/chart"
)

// ValuePage is /collection/value: what the collection is worth, what it
// cost and the difference, where the estimates come from, the items by
// value and the value over time from the monthly snapshots.
type ValuePage struct {
	insightBase
	Report    *collection.ValueReport
	Items     []collection.ItemValue // the most valuable, up to valueRows
	More      int                    // items not listed
	Snapshots int
	History   template.HTML // the line chart; empty without snapshots
}

// valueRows bounds the item table; the export has every item.
const valueRows = 200

// valueShow answers GET /collection/value.
func (s *Server) valueShow(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "valueShow")
	if err != nil {
		return err
	}
	ctx := r.Context()
	rep, err := s.deps.Collection.Value(ctx, u.ID, "")
	if err != nil {
		return err
	}
	snaps, err := s.deps.Collection.ValueHistory(ctx, u.ID)
	if err != nil {
		return err
	}
	page := &ValuePage{insightBase: s.insightBaseOf(r, "value.title"), Report: rep, Items: rep.Items, Snapshots: len(snaps)}
	if len(page.Items) > valueRows {
		page.Items, page.More = page.Items[:valueRows], len(page.Items)-valueRows
	}
	if len(snaps) > 0 {
		page.History = page.valueChart(snaps, rep.Currency, s.currentRates(r))
	}
	return s.render(w, r, http.StatusOK, "value", page)
}

// valueChart draws the snapshots as value and cost lines in the report's
// currency; a snapshot taken in another currency is converted.
func (p *ValuePage) valueChart(snaps []collection.Snapshot, currency string, rates money.Rates) template.HTML {
	labels := make([]string, len(snaps))
	value := chart.Series{Name: p.T("value.chart_value"), Values: make([]int64, len(snaps))}
	cost := chart.Series{Name: p.T("value.chart_cost"), Values: make([]int64, len(snaps))}
	for i, sn := range snaps {
		labels[i] = monthName(p.Lang, sn.Month, true)
		value.Values[i], cost.Values[i] = sn.Value, sn.Cost
		if sn.Currency != currency {
			value.Values[i], _ = rates.Convert(sn.Value, sn.Currency, currency)
			cost.Values[i], _ = rates.Convert(sn.Cost, sn.Currency, currency)
		}
	}
	return chart.LineChart{
		ID: "value-history", Title: p.T("value.chart_title"), Labels: labels,
		Format: func(v int64) string { return money.Format(v, currency) },
		Series: []chart.Series{value, cost},
	}.SVG()
}

// GainClass is the class of a gain: gain-up, gain-down or gain-even.
func (p *ValuePage) GainClass(gain int64) string {
	switch {
	case gain > 0:
		return "gain-up"
	case gain < 0:
		return "gain-down"
	}
	return "gain-even"
}
