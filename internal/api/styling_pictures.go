package api

import (
	"context"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/render"
)

// Picture sizes: the PNG is a sharing card.
const (
	pictureWidth  = 1200
	pictureHeight = 630
)

func (s *Server) pictureRoutes() {
	handle(s, endpoint{
		id: "get-loadout-picture-svg", method: http.MethodGet, path: "/styling/loadouts/{id}/picture.svg", tag: tagStyling,
		summary: "Draw a loadout as SVG", auth: true, errors: collection404,
		desc: "The carrier's silhouette with each charm at its point, drawn from the item's photo (linked at its " +
			"photo URL in this API) or else from its category and colours.",
	}, s.loadoutSVG)
	handle(s, endpoint{
		id: "get-loadout-picture-png", method: http.MethodGet, path: "/styling/loadouts/{id}/picture.png", tag: tagStyling,
		summary: "Draw a loadout as PNG", auth: true, errors: collection404,
		desc: "A 1200×630 sharing card of the picture.",
	}, s.loadoutPNG)
	handle(s, endpoint{
		id: "get-shared-loadout", method: http.MethodGet, path: "/styling/shared/{token}", tag: tagStyling,
		summary: "Get a shared loadout", errors: collection404,
		desc: "Anyone with the link may read it: the carrier's kind, the items' names, categories and points, the note " +
			"and the picture's URLs. 404 once its owner stops sharing it.",
	}, s.getShared)
	handle(s, endpoint{
		id: "get-shared-picture-svg", method: http.MethodGet, path: "/styling/shared/{token}/picture.svg", tag: tagStyling,
		summary: "Draw a shared loadout as SVG", errors: collection404,
		desc: "Charms are drawn from their category and colours; the PNG draws the photos of public items.",
	}, s.sharedSVG)
	handle(s, endpoint{
		id: "get-shared-picture-png", method: http.MethodGet, path: "/styling/shared/{token}/picture.png", tag: tagStyling,
		summary: "Draw a shared loadout as PNG", errors: collection404, desc: "A 1200×630 sharing card.",
	}, s.sharedPNG)
	binary := func(path, contentType string) {
		s.setContent(http.MethodGet, path, "200", map[string]*huma.MediaType{
			contentType: {Schema: &huma.Schema{Type: huma.TypeString, Format: "binary"}},
		})
	}
	binary("/styling/loadouts/{id}/picture.svg", "image/svg+xml")
	binary("/styling/loadouts/{id}/picture.png", "image/png")
	binary("/styling/shared/{token}/picture.svg", "image/svg+xml")
	binary("/styling/shared/{token}/picture.png", "image/png")
}

// picture is a drawn loadout.
type picture struct {
	ContentType  string `header:"Content-Type"`
	CacheControl string `header:"Cache-Control"`
	Body         []byte
}

// Owners' pictures may show private items; shared ones are public but
// change when the owner stops sharing, so both are kept only briefly.
const (
	privatePictureCache = "private, max-age=60"
	sharedPictureCache  = "public, max-age=300"
)

func (s *Server) loadoutSVG(ctx context.Context, in *IDPath) (*picture, error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	sc, err := s.deps.Styling.Scene(ctx, uid, in.ID, photoLinks{}.link)
	if err != nil {
		return nil, errs.Wrap("api.loadoutSVG", err)
	}
	return &picture{ContentType: "image/svg+xml", CacheControl: privatePictureCache, Body: render.SVG(*sc)}, nil
}

func (s *Server) loadoutPNG(ctx context.Context, in *IDPath) (*picture, error) {
	const op = "api.loadoutPNG"
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	links := photoLinks{}
	sc, err := s.deps.Styling.Scene(ctx, uid, in.ID, links.link)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	s.drawPhotos(ctx, uid, sc, links)
	return pngPicture(op, sc, privatePictureCache)
}

// photoLinks records the photos a scene links, by URL: the styling
// service names a charm's photo only through the URL function it is given,
// and the PNG needs the photo itself.
type photoLinks map[string]int64

// link is the URL function of a scene: an item photo's thumbnail in this
// API, which an SVG links and a client with the token can load.
func (p photoLinks) link(photoID int64) string {
	u := photoURL(photoID) + "?thumb=true"
	p[u] = photoID
	return u
}

// drawPhotos gives the scene's charms their photos as viewer may see
// them (0: anyone). A photo that cannot be read is left out, so the charm
// is drawn from its category rather than the picture failing.
func (s *Server) drawPhotos(ctx context.Context, viewer int64, sc *render.Scene, links photoLinks) {
	for i := range sc.Charms {
		id, ok := links[sc.Charms[i].PhotoURL]
		if !ok {
			continue
		}
		img, err := s.deps.Styling.PhotoOf(ctx, viewer, id)
		if err != nil {
			s.log.WarnContext(ctx, "api: picture photo left out", "photo", id, "err", err)
			continue
		}
		sc.Charms[i].Photo = img
	}
}

func pngPicture(op string, sc *render.Scene, cache string) (*picture, error) {
	data, err := render.PNG(*sc, pictureWidth, pictureHeight)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &picture{ContentType: "image/png", CacheControl: cache, Body: data}, nil
}

// TokenPath names a shared loadout by its token.
type TokenPath struct {
	Token string `path:"token" minLength:"1" maxLength:"64" example:"pQx2cV8aTqWm1yZr0bN4Lg" doc:"The share token."`
}

func sharedURL(token string) string { return Prefix + "/styling/shared/" + token }

// SharedLoadout is a loadout as anyone with its link sees it: no owner,
// no prices, no memories.
type SharedLoadout struct {
	Kind          string       `json:"kind" example:"backpack" doc:"The carrier's kind."`
	Note          string       `json:"note,omitempty"`
	Items         []SharedItem `json:"items" nullable:"false"`
	StartedAt     time.Time    `json:"started_at"`
	EndedAt       *time.Time   `json:"ended_at,omitempty"`
	PageURL       string       `json:"page_url" example:"/s/pQx2cV8aTqWm1yZr0bN4Lg" doc:"The public page, on this site."`
	PictureSVGURL string       `json:"picture_svg_url" example:"/api/v1/styling/shared/pQx2cV8aTqWm1yZr0bN4Lg/picture.svg"`
	PicturePNGURL string       `json:"picture_png_url" example:"/api/v1/styling/shared/pQx2cV8aTqWm1yZr0bN4Lg/picture.png"`
}

// SharedItem is an item on a shared loadout.
type SharedItem struct {
	Name     string `json:"name" example:"Lychee Berry"`
	Category string `json:"category,omitempty" example:"plush"`
	Point    string `json:"point" example:"zip_pull_left"`
}

func sharedOf(token string, l *styling.Loadout, c *styling.Carrier) SharedLoadout {
	out := SharedLoadout{Kind: c.Kind, Note: l.Note, Items: make([]SharedItem, 0, len(l.Placements)),
		StartedAt: l.StartedAt, EndedAt: l.EndedAt, PageURL: sharePageURL(token),
		PictureSVGURL: sharedURL(token) + "/picture.svg", PicturePNGURL: sharedURL(token) + "/picture.png"}
	for _, p := range l.Placements {
		it := SharedItem{Point: p.Point}
		if p.Item != nil {
			it.Name, it.Category = p.Item.Name, p.Item.Category
		}
		out.Items = append(out.Items, it)
	}
	return out
}

func (s *Server) getShared(ctx context.Context, in *TokenPath) (*body[SharedLoadout], error) {
	if err := s.stylingWired(); err != nil {
		return nil, err
	}
	l, c, err := s.deps.Styling.Shared(ctx, in.Token)
	if err != nil {
		return nil, errs.Wrap("api.getShared", err)
	}
	return &body[SharedLoadout]{Body: sharedOf(in.Token, l, c)}, nil
}

func (s *Server) sharedSVG(ctx context.Context, in *TokenPath) (*picture, error) {
	if err := s.stylingWired(); err != nil {
		return nil, err
	}
	// No photo links: the photo download needs a token, which the people a
	// loadout is shared with do not have.
	sc, err := s.deps.Styling.SharedScene(ctx, in.Token, func(int64) string { return "" })
	if err != nil {
		return nil, errs.Wrap("api.sharedSVG", err)
	}
	return &picture{ContentType: "image/svg+xml", CacheControl: sharedPictureCache, Body: render.SVG(*sc)}, nil
}

func (s *Server) sharedPNG(ctx context.Context, in *TokenPath) (*picture, error) {
	const op = "api.sharedPNG"
	if err := s.stylingWired(); err != nil {
		return nil, err
	}
	links := photoLinks{}
	sc, err := s.deps.Styling.SharedScene(ctx, in.Token, links.link)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	s.drawPhotos(ctx, 0, sc, links) // as a visitor: public items' photos only
	return pngPicture(op, sc, sharedPictureCache)
}
