package web

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/styling/render"
)

// SharePage is /s/{token}: a loadout its owner shared, for anyone. It
// shows only what the picture shows: the carrier's kind, the items'
// names, categories and points, and the owner's note; never prices,
// memories, the carrier's name or who owns it.
type SharePage struct {
	Base
	Kind        string
	Picture     template.HTML
	Items       []ShareItem
	Note        string
	PageURL     string // absolute, for Open Graph
	ImageURL    string // absolute address of the PNG card
	Description string
}

// ShareItem is one item on a shared loadout.
type ShareItem struct {
	Name     string
	Category string
	Point    string
}

// sharePage answers GET /s/{token}, and GET /s/{token}.png with the card
// (a wildcard fills a whole path segment, so one route serves both).
func (s *Server) sharePage(w http.ResponseWriter, r *http.Request) error {
	token := r.PathValue("token")
	if t, ok := strings.CutSuffix(token, ".png"); ok {
		return s.shareCard(w, r, t)
	}
	ctx := r.Context()
	l, c, err := s.deps.Styling.Shared(ctx, token)
	if err != nil {
		return errs.Wrap("share page", err)
	}
	// Shared pictures draw the photos of public items only, whose
	// thumbnails anyone may load.
	scene, err := s.deps.Styling.SharedScene(ctx, token, stylingPhotoURL)
	if err != nil {
		return errs.Wrap("share page", err)
	}
	kind := s.msgs.T(visitorOf(ctx).Lang, "carrier_kind."+c.Kind)
	p := &SharePage{Base: s.base(r, "share.title_kind", kind), Kind: c.Kind, Note: l.Note}
	scene.Title = p.Title // the carrier's own name stays private
	p.Picture = inlineSVG(render.SVG(*scene), "s-")
	names := make([]string, 0, len(l.Placements))
	for _, pl := range l.Placements {
		it := ShareItem{Point: p.CarrierPointName(pl.Point), Name: stylingItemName(p.Base, pl.Item, pl.ItemID)}
		if pl.Item != nil {
			it.Category = pl.Item.Category
		}
		p.Items = append(p.Items, it)
		names = append(names, it.Name)
	}
	p.Description = shareDescription(p.Base, kind, names)
	origin := siteOrigin(r, s.deps.SecureCookie)
	p.PageURL = origin + "/s/" + token
	p.ImageURL = origin + "/s/" + token + ".png"
	return s.render(w, r, http.StatusOK, "loadout_share", p)
}

// shareCard answers GET /s/{token}.png: the shared loadout's picture as
// a 1200×630 card, public and cacheable.
func (s *Server) shareCard(w http.ResponseWriter, r *http.Request, token string) error {
	ctx := r.Context()
	photos := photoRecorder{}
	scene, err := s.deps.Styling.SharedScene(ctx, token, photos.url)
	if err != nil {
		return errs.Wrap("share card", err)
	}
	s.fillPhotos(ctx, 0, scene, photos) // as a visitor: public photos only
	scene.Title = ""                    // the carrier's own name stays private: the caption says its kind
	return writePNG(w, r, *scene, "public, max-age=3600")
}

// shareDescription sums a shared loadout up in a sentence, for link
// previews: the carrier's kind and the items' names.
func shareDescription(b Base, kind string, names []string) string {
	switch len(names) {
	case 0:
		return b.T("share.description_empty", kind)
	case 1:
		return b.T("share.description_one", kind, names[0])
	}
	sep := ", "
	if b.Lang == i18n.Chinese {
		sep = "、"
	}
	return b.T("share.description", kind, len(names), strings.Join(names, sep))
}
