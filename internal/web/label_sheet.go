package web

import (
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// Label sheets: A4 with 3×8 labels; a request prints at most maxLabels.
const (
	labelsPerSheet = 24
	maxLabels      = 20 * labelsPerSheet
)

// Label is one printable label: a QR code of the item's or box's page and
// what it is.
type Label struct {
	Box       bool  // a storage box's label; else an item's
	ID        int64 // the item's or box's
	Name      string
	Condition string // items: condition code
	Items     int    // boxes: items inside
	Code      string // short code, base 36, to write down: I-2N9, B-7
	QR        template.HTML
}

// LabelsPage is /collection/labels: sheets of labels to print, and a
// chooser of what to print.
type LabelsPage struct {
	Base
	Sheets    [][]Label
	Count     int
	Truncated bool // more were asked for than one print run holds
	Boxes     []collection.Box
}

// labelSheet answers GET /collection/labels?items=1,2&boxes=4, ?all=1 (every
// item) or ?box=ID (a box's items). Only the user's own items and boxes
// print: someone else's id is 404, like one that does not exist.
func (s *Server) labelSheet(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "labelSheet")
	if err != nil {
		return err
	}
	boxes, err := s.deps.Collection.Boxes(r.Context(), u.ID)
	if err != nil {
		return errs.Wrap("labels boxes", err)
	}
	labels, truncated, err := s.labelsFor(r, u, boxes)
	if err != nil {
		return err
	}
	origin := siteOrigin(r, s.deps.SecureCookie)
	page := &LabelsPage{Base: s.base(r, "labels.title"), Count: len(labels), Truncated: truncated, Boxes: boxes}
	for i := range labels {
		l := &labels[i]
		kind, prefix := "items", "I-"
		if l.Box {
			kind, prefix = "boxes", "B-"
		}
		l.Code = prefix + strings.ToUpper(strconv.FormatInt(l.ID, 36))
		if l.QR, err = qrSVG(fmt.Sprintf("%s/collection/%s/%d", origin, kind, l.ID)); err != nil {
			return err
		}
	}
	for len(labels) > 0 {
		n := min(labelsPerSheet, len(labels))
		page.Sheets, labels = append(page.Sheets, labels[:n]), labels[n:]
	}
	return s.render(w, r, http.StatusOK, "labels", page)
}

// labelsFor collects the labels the query asks for, boxes first.
func (s *Server) labelsFor(r *http.Request, u *account.User, boxes []collection.Box) ([]Label, bool, error) {
	q := r.URL.Query()
	boxIDs, err := parseIDs(splitList(q["boxes"]))
	if err != nil {
		return nil, false, errs.E("labels", errs.NotFound, "no such box")
	}
	itemIDs, err := parseIDs(splitList(q["items"]))
	if err != nil {
		return nil, false, errs.E("labels", errs.NotFound, "no such item")
	}
	var out []Label
	for _, id := range boxIDs {
		b, err := s.deps.Collection.Box(r.Context(), u.ID, id)
		if err != nil {
			return nil, false, errs.Wrap("box label", err)
		}
		out = append(out, Label{Box: true, Name: b.Name, Items: b.Items, ID: b.ID})
	}
	for _, id := range itemIDs {
		it, err := s.deps.Collection.Item(r.Context(), u.ID, id)
		if err == nil && it.OwnerID != u.ID {
			err = errs.E("item label", errs.NotFound, "no such item")
		}
		if err != nil {
			return nil, false, errs.Wrap("item label", err)
		}
		out = append(out, Label{Name: it.Name, Condition: it.Condition, ID: it.ID})
	}
	more, truncated, err := s.listLabels(r, u, q.Get("all") == "1", q.Get("box"))
	if err != nil {
		return nil, false, err
	}
	out = append(out, more...)
	if len(out) > maxLabels {
		out, truncated = out[:maxLabels], true
	}
	return out, truncated, nil
}

// listLabels pages through every item (all) or a box's items (box).
func (s *Server) listLabels(r *http.Request, u *account.User, all bool, box string) ([]Label, bool, error) {
	f := collection.ItemFilter{Sort: "name", Limit: 200}
	switch {
	case box != "":
		id, err := strconv.ParseInt(box, 10, 64)
		if err != nil || id <= 0 {
			return nil, false, errs.E("labels", errs.NotFound, "no such box")
		}
		if _, err := s.deps.Collection.Box(r.Context(), u.ID, id); err != nil {
			return nil, false, errs.Wrap("box labels", err)
		}
		f.BoxID = id
	case !all:
		return nil, false, nil
	}
	var out []Label
	for {
		page, err := s.deps.Collection.Items(r.Context(), u.ID, u.ID, f)
		if err != nil {
			return nil, false, errs.Wrap("item labels", err)
		}
		for _, it := range page.Items {
			out = append(out, Label{Name: it.Name, Condition: it.Condition, ID: it.ID})
		}
		if page.Next == "" || len(out) > maxLabels {
			return out, page.Next != "", nil
		}
		f.Cursor = page.Next
	}
}

// splitList reads query values that may each be a comma-separated list.
func splitList(values []string) []string {
	var out []string
	for _, v := range values {
		out = append(out, strings.Split(v, ",")...)
	}
	return out
}
