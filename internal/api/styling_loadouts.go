package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) loadoutRoutes() {
	handle(s, endpoint{
		id: "save-loadout", method: http.MethodPut, path: "/styling/carriers/{id}/loadout", tag: tagStyling,
		summary: "Hang items on a carrier", auth: true, fields: "body.",
		errors: []int{http.StatusNotFound, http.StatusConflict},
		desc: "Makes these placements the carrier's current loadout: the previous one ends now and stays in the journey. " +
			"Items placed become on_carrier, items taken off go back to stored. 409 names the item when it hangs on " +
			"another carrier; take it off there first.",
	}, s.saveLoadout)
	handle(s, endpoint{
		id: "get-journey", method: http.MethodGet, path: "/styling/carriers/{id}/journey", tag: tagStyling,
		summary: "List a carrier's journey", auth: true, errors: collection404,
		desc: "Every loadout the carrier has had, newest first; the current one has no ended_at.",
	}, s.getJourney)
	handle(s, endpoint{
		id: "get-loadout", method: http.MethodGet, path: "/styling/loadouts/{id}", tag: tagStyling,
		summary: "Get a loadout", auth: true, errors: collection404,
	}, s.getLoadout)
	handle(s, endpoint{
		id: "set-loadout-note", method: http.MethodPut, path: "/styling/loadouts/{id}/note", tag: tagStyling,
		summary: "Change a loadout's note", auth: true, fields: "body.", errors: collection404,
	}, s.setLoadoutNote)
	handle(s, endpoint{
		id: "share-loadout", method: http.MethodPost, path: "/styling/loadouts/{id}/share", tag: tagStyling,
		summary: "Share a loadout", auth: true, status: http.StatusOK, errors: collection404,
		desc: "Gives the loadout a public link (the same one again if it already has one). The shared page shows " +
			"the carrier's kind, the items' names and categories, the note and the picture; never prices or memories.",
	}, s.shareLoadout)
	handle(s, endpoint{
		id: "unshare-loadout", method: http.MethodDelete, path: "/styling/loadouts/{id}/share", tag: tagStyling,
		summary: "Stop sharing a loadout", auth: true, status: http.StatusNoContent, errors: collection404,
		desc: "The public link stops working; sharing again makes a new one.",
	}, s.unshareLoadout)
}

type loadoutSaveInput struct {
	IDPath
	Body LoadoutInput
}

func (s *Server) saveLoadout(ctx context.Context, in *loadoutSaveInput) (*body[Loadout], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	l, err := s.deps.Styling.SaveLoadout(ctx, uid, in.ID, in.Body.input())
	if err != nil {
		return nil, errs.Wrap("api.saveLoadout", err)
	}
	return &body[Loadout]{Body: loadoutOf(l)}, nil
}

type journeyInput struct {
	IDPath
	PageParams
}

func (s *Server) getJourney(ctx context.Context, in *journeyInput) (*body[Page[Loadout]], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	ls, err := s.deps.Styling.Journey(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getJourney", err)
	}
	out := make([]Loadout, len(ls))
	for i := range ls {
		out[i] = loadoutOf(&ls[i])
	}
	return slicePage(out, func(l Loadout) string { return itoa(l.ID) }, in.PageParams)
}

func (s *Server) getLoadout(ctx context.Context, in *IDPath) (*body[Loadout], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	return s.ownLoadout(ctx, "api.getLoadout", uid, in.ID)
}

// ownLoadout answers one of the collector's loadouts.
func (s *Server) ownLoadout(ctx context.Context, op string, uid, id int64) (*body[Loadout], error) {
	l, err := s.deps.Styling.Loadout(ctx, uid, id)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &body[Loadout]{Body: loadoutOf(l)}, nil
}

// LoadoutNote is a loadout's note.
type LoadoutNote struct {
	Note string `json:"note" maxLength:"500" example:"Rainy week: plush stayed home" doc:"Empty removes the note."`
}

type loadoutNoteInput struct {
	IDPath
	Body LoadoutNote
}

func (s *Server) setLoadoutNote(ctx context.Context, in *loadoutNoteInput) (*body[Loadout], error) {
	const op = "api.setLoadoutNote"
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Styling.SetLoadoutNote(ctx, uid, in.ID, in.Body.Note); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return s.ownLoadout(ctx, op, uid, in.ID)
}

// ShareLink is a loadout's public link.
type ShareLink struct {
	Token string `json:"token" example:"pQx2cV8aTqWm1yZr0bN4Lg"`
	URL   string `json:"url" example:"/s/pQx2cV8aTqWm1yZr0bN4Lg" doc:"The public page, on this site."`
	API   string `json:"api_url" example:"/api/v1/styling/shared/pQx2cV8aTqWm1yZr0bN4Lg" doc:"The shared loadout in this API."`
}

func shareLinkOf(token string) ShareLink {
	return ShareLink{Token: token, URL: sharePageURL(token), API: sharedURL(token)}
}

func (s *Server) shareLoadout(ctx context.Context, in *IDPath) (*body[ShareLink], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	token, err := s.deps.Styling.Share(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.shareLoadout", err)
	}
	return &body[ShareLink]{Body: shareLinkOf(token)}, nil
}

func (s *Server) unshareLoadout(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Styling.Unshare(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.unshareLoadout", err)
	}
	return &struct{}{}, nil
}
