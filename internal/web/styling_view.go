package web

import (
	"context"
	"html/template"
	"regexp"
	"strconv"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/render"
)

// Helpers shared by the carrier, loadout, journey and share pages.

// stylingPhotoURL is the address a picture on the owner's own pages uses
// for an item's photo: its thumbnail, which only the owner may load
// unless the item is public.
func stylingPhotoURL(photoID int64) string {
	return "/collection/photos/" + strconv.FormatInt(photoID, 10) + "/thumb"
}

var (
	// svgProlog is what a standalone SVG document carries before its root
	// element and an HTML page must not.
	svgProlog = regexp.MustCompile(`^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?`)
	// svgIDRefs are the places an SVG names or points to one of its ids.
	svgIDRefs = regexp.MustCompile(`\sid="|url\(#|href="#`)
)

// inlineSVG makes a rendered picture fit to sit inside a page: without
// its XML prolog, and with every id prefixed, so several pictures on one
// page (the carriers list, the journey) never borrow each other's clip
// paths. The renderer escapes all text it draws.
func inlineSVG(svg []byte, prefix string) template.HTML {
	out := svgProlog.ReplaceAll(svg, nil)
	out = svgIDRefs.ReplaceAllFunc(out, func(m []byte) []byte {
		return append(append([]byte(nil), m...), prefix...)
	})
	return template.HTML(out)
}

// carrierScene is the picture of a carrier with nothing on it: a new
// carrier, or one whose last loadout emptied it.
func carrierScene(c *styling.Carrier) render.Scene {
	return render.Scene{Title: c.Name, Kind: c.Kind, Size: c.Size, Colour: c.Colour, Points: c.Points}
}

// currentPicture draws a carrier's current loadout for its owner's pages;
// prefix keeps its ids apart from other pictures on the page.
func (s *Server) currentPicture(ctx context.Context, owner int64, c *styling.Carrier, prefix string) (template.HTML, error) {
	if c.Current == nil {
		return inlineSVG(render.SVG(carrierScene(c)), prefix), nil
	}
	return s.loadoutPicture(ctx, owner, c.Current.ID, prefix)
}

// loadoutPicture draws one of the owner's loadouts as inline SVG.
func (s *Server) loadoutPicture(ctx context.Context, owner, loadoutID int64, prefix string) (template.HTML, error) {
	scene, err := s.deps.Styling.Scene(ctx, owner, loadoutID, stylingPhotoURL)
	if err != nil {
		return "", errs.Wrap("loadout picture", err)
	}
	return inlineSVG(render.SVG(*scene), prefix), nil
}

// stylingText translates a coach finding or suggestion, or a pick reason,
// into lang: the same translation the daily pages use (see engineText).
func (s *Server) stylingText(lang, area, code string, args []string, fallback string) string {
	return engineText(s.msgs, lang, area, code, args, fallback)
}

// CarrierPointName is how a page names an attachment point: the label of
// a default point code, or the name a collector typed, as typed.
func (b Base) CarrierPointName(code string) string {
	if b.msgs.Has(i18n.English, "point."+code) {
		return b.Label("point", code)
	}
	return code
}

// stylingItemName is an item's name for a loadout: its own, or a
// placeholder for one that has none (a draft naming an unknown id).
func stylingItemName(b Base, it *collection.ItemSummary, id int64) string {
	if it != nil && it.Name != "" {
		return it.Name
	}
	return b.T("loadout.item_n", id)
}

// idPrefix is the id prefix of a picture on a page.
func idPrefix(kind string, id int64) string {
	return kind + strconv.FormatInt(id, 10) + "-"
}
