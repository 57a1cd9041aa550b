package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/coach"
)

// A loadout travels through forms and links as repeated "place" values,
// each "ITEMID:POINT" (the point is everything after the first colon, so
// a point a collector named freely may hold colons too). The editor adds
// "add" values of the same shape from its per-point selects, and a
// "remove" value with the id of an item to take off.

// placeValue writes one placement as a "place" value.
func placeValue(p styling.PlacementInput) string {
	return strconv.FormatInt(p.ItemID, 10) + ":" + p.Point
}

// parsePlacements reads "place" values in order. An item placed twice
// keeps its first place; empty values are skipped. Errors: Invalid.
func parsePlacements(values []string) ([]styling.PlacementInput, error) {
	var out []styling.PlacementInput
	seen := map[int64]bool{}
	for _, v := range values {
		if strings.TrimSpace(v) == "" {
			continue
		}
		idText, point, ok := strings.Cut(v, ":")
		id, err := strconv.ParseInt(strings.TrimSpace(idText), 10, 64)
		if !ok || err != nil || id <= 0 || strings.TrimSpace(point) == "" {
			return nil, errs.E("loadout draft", errs.Invalid, "“"+v+"” is not a placement")
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, styling.PlacementInput{ItemID: id, Point: point})
	}
	return out, nil
}

// draftOf reads the loadout an editor form describes: its placements,
// plus the items chosen in the "add" selects, minus the one whose
// "remove" button was pressed.
func draftOf(form url.Values) ([]styling.PlacementInput, error) {
	draft, err := parsePlacements(append(slices.Clone(form["place"]), form["add"]...))
	if err != nil {
		return nil, err
	}
	if rm := strings.TrimSpace(form.Get("remove")); rm != "" {
		id, err := strconv.ParseInt(rm, 10, 64)
		if err != nil {
			return nil, errs.E("loadout draft", errs.Invalid, "“"+rm+"” is not an item")
		}
		draft = slices.DeleteFunc(draft, func(p styling.PlacementInput) bool { return p.ItemID == id })
	}
	return draft, nil
}

// placementQuery is a draft as a query string, for links that ask about it.
func placementQuery(draft []styling.PlacementInput) string {
	q := url.Values{}
	for _, p := range draft {
		q.Add("place", placeValue(p))
	}
	return q.Encode()
}

// applied is draft changed the way a coach suggestion says: In added at
// its point, Out removed, or Out swapped for In on Out's point. ok is
// false when the suggestion no longer fits the draft (Out is not on it,
// In already is, or there is nowhere to hang In).
func applied(draft []styling.PlacementInput, sg coach.Suggestion, points []string) (out []styling.PlacementInput, ok bool) {
	at := slices.IndexFunc(draft, func(p styling.PlacementInput) bool { return p.ItemID == sg.Out })
	has := slices.ContainsFunc(draft, func(p styling.PlacementInput) bool { return p.ItemID == sg.In })
	out = slices.Clone(draft)
	switch sg.Kind {
	case "remove":
		if at < 0 {
			return nil, false
		}
		return slices.Delete(out, at, at+1), true
	case "swap":
		if at < 0 || sg.In == 0 || has {
			return nil, false
		}
		point := out[at].Point
		if sg.Point != "" && slices.Contains(points, sg.Point) {
			point = sg.Point
		}
		out[at] = styling.PlacementInput{ItemID: sg.In, Point: point}
		return out, true
	case "add":
		point := sg.Point
		if !slices.Contains(points, point) {
			point = emptiestPoint(draft, points)
		}
		if sg.In == 0 || has || point == "" {
			return nil, false
		}
		return append(out, styling.PlacementInput{ItemID: sg.In, Point: point}), true
	}
	return nil, false
}

// emptiestPoint is the point with the fewest items, the first on a tie:
// where an added charm crowds the others least.
func emptiestPoint(draft []styling.PlacementInput, points []string) string {
	best, bestN := "", -1
	for _, pt := range points {
		n := 0
		for _, p := range draft {
			if p.Point == pt {
				n++
			}
		}
		if bestN < 0 || n < bestN {
			best, bestN = pt, n
		}
	}
	return best
}

// currentDraft is a carrier's current loadout as placements.
func currentDraft(c *styling.Carrier) []styling.PlacementInput {
	if c.Current == nil {
		return nil
	}
	out := make([]styling.PlacementInput, 0, len(c.Current.Placements))
	for _, p := range c.Current.Placements {
		out = append(out, styling.PlacementInput{ItemID: p.ItemID, Point: p.Point})
	}
	return out
}
