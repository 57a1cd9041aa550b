package web

import (
	"bytes"
	"context"
	"encoding/json"
	"html/template"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/render"
)

// loadoutCoach answers GET /styling/carriers/{id}/coach?place=…: the
// coach's reading of a draft, saving nothing. The editor's script asks
// for the panel alone (htmx-style headers) or JSON; a plain visit shows
// the whole carrier page with the draft.
func (s *Server) loadoutCoach(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "loadoutCoach")
	if err != nil {
		return err
	}
	draft, err := parsePlacements(r.URL.Query()["place"])
	if err != nil {
		return err
	}
	if strings.Contains(r.Header.Get("Accept"), "application/json") {
		rep, err := s.deps.Styling.Coach(r.Context(), u.ID, c.ID, &styling.LoadoutInput{Placements: draft})
		if err != nil {
			return errs.Wrap("loadout coach", err)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "private, no-store")
		return json.NewEncoder(w).Encode(rep)
	}
	if !isFragment(r, "coach-panel") {
		page, err := s.carrierPage(r, u, c, draft, "", true)
		if err != nil {
			return err
		}
		return s.render(w, r, http.StatusOK, "carrier_show", page)
	}
	rep, err := s.deps.Styling.Coach(r.Context(), u.ID, c.ID, &styling.LoadoutInput{Placements: draft})
	if err != nil {
		return errs.Wrap("loadout coach", err)
	}
	page := &CarrierPage{Base: s.base(r, "carrier.title", c.Name), Carrier: c, Draft: true}
	page.Coach = s.coachView(page.Lang, c, rep, draft, true)
	return s.renderPart(w, r, "carrier_show", "coach_panel", page)
}

// loadoutPreview answers GET /styling/carriers/{id}/preview.svg?place=…:
// the picture of a draft, saving nothing.
func (s *Server) loadoutPreview(w http.ResponseWriter, r *http.Request) error {
	u, c, err := s.ownCarrier(r, "loadoutPreview")
	if err != nil {
		return err
	}
	draft, err := parsePlacements(r.URL.Query()["place"])
	if err != nil {
		return err
	}
	known := map[int64]collection.ItemSummary{}
	if err := s.nameDraftItems(r.Context(), u.ID, draft, known); err != nil {
		return err
	}
	scene, err := s.draftScene(r.Context(), c, draft, known)
	if err != nil {
		return err
	}
	return writeSVG(w, render.SVG(scene), "private, no-store")
}

// draftPicture draws a draft as inline SVG.
func (s *Server) draftPicture(ctx context.Context, c *styling.Carrier, draft []styling.PlacementInput, known map[int64]collection.ItemSummary, prefix string) (template.HTML, error) {
	scene, err := s.draftScene(ctx, c, draft, known)
	if err != nil {
		return "", err
	}
	return inlineSVG(render.SVG(scene), prefix), nil
}

// draftScene is the picture of placements not saved yet, drawn the way
// the service draws a saved loadout: each item by its main photo, else
// by its category in its charm's colours and size. Items not in known
// (not the owner's) are left out.
func (s *Server) draftScene(ctx context.Context, c *styling.Carrier, draft []styling.PlacementInput, known map[int64]collection.ItemSummary) (render.Scene, error) {
	scene := carrierScene(c)
	var charmIDs []int64
	for _, p := range draft {
		if it, ok := known[p.ItemID]; ok && it.CharmID != 0 {
			charmIDs = append(charmIDs, it.CharmID)
		}
	}
	charms, err := s.deps.Catalog.CharmsByIDs(ctx, charmIDs)
	if err != nil {
		return scene, errs.Wrap("draft picture", err)
	}
	for _, p := range draft {
		it, ok := known[p.ItemID]
		if !ok {
			continue
		}
		ch := render.Charm{Point: p.Point, Name: it.Name, Category: it.Category}
		for _, cm := range charms {
			if cm.ID == it.CharmID {
				ch.Colours, ch.WidthMM, ch.HeightMM = cm.Colours, cm.WidthMM, cm.HeightMM
				if ch.Category == "" {
					ch.Category = cm.Category
				}
			}
		}
		if it.MainPhotoID != 0 {
			ch.PhotoURL = stylingPhotoURL(it.MainPhotoID)
		}
		scene.Charms = append(scene.Charms, ch)
	}
	return scene, nil
}

// writeSVG sends a picture with its cache policy.
func writeSVG(w http.ResponseWriter, svg []byte, cache string) error {
	h := w.Header()
	h.Set("Content-Type", "image/svg+xml; charset=utf-8")
	h.Set("Cache-Control", cache)
	h.Set("X-Content-Type-Options", "nosniff")
	_, err := w.Write(svg)
	return err
}

// renderPart renders one named template of a page, without the layout:
// the part of a page a script swaps in.
func (s *Server) renderPart(w http.ResponseWriter, r *http.Request, pageName, part string, data any) error {
	p, ok := s.pages[pageName]
	if !ok {
		return errs.E("render part", errs.Internal, "no page "+pageName)
	}
	var buf bytes.Buffer
	if err := p.t.ExecuteTemplate(&buf, part, data); err != nil {
		return errs.Wrap("render part "+part, err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Language", visitorOf(r.Context()).Lang)
	h.Set("Cache-Control", "private, no-store")
	h.Set("Vary", "Accept-Language, Cookie, HX-Request")
	_, err := buf.WriteTo(w)
	return err
}
