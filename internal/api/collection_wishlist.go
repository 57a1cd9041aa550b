package api

import (
	"context"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) wishRoutes() {
	handle(s, endpoint{
		id: "list-wishes", method: http.MethodGet, path: "/collection/wishlist", tag: tagCollection,
		summary: "List your wishlist", auth: true, desc: "Open wishes, highest priority first; fulfilled ones too when asked.",
	}, s.listWishes)
	handle(s, endpoint{
		id: "add-wish", method: http.MethodPost, path: "/collection/wishlist", tag: tagCollection,
		summary: "Wish for a charm", auth: true, status: http.StatusCreated, errors: []int{http.StatusConflict},
		desc: "409 if the charm is already on your wishlist. The wish is fulfilled when a copy enters your collection.",
	}, s.addWish)
	handle(s, endpoint{
		id: "update-wish", method: http.MethodPut, path: "/collection/wishlist/{id}", tag: tagCollection,
		summary: "Update a wish", auth: true, fields: "body.", errors: collection404,
		desc: "Changes its priority, maximum price and note; the charm stays.",
	}, s.updateWish)
	handle(s, endpoint{
		id: "delete-wish", method: http.MethodDelete, path: "/collection/wishlist/{id}", tag: tagCollection,
		summary: "Remove a wish", auth: true, status: http.StatusNoContent, errors: collection404,
	}, s.deleteWish)
	handle(s, endpoint{
		id: "list-collector-wishes", method: http.MethodGet, path: "/collectors/{username}/wishlist", tag: tagCollection,
		summary: "List a collector's public wishlist", errors: collection404,
		desc: "Open wishes of a collector who made their wishlist public (their collection may stay private); " +
			"404 otherwise. No token is needed; with yours, your own list shows even when private.",
	}, s.collectorWishes)
}

// Wish is a charm a collector wants.
type Wish struct {
	ID          int64      `json:"id" example:"5"`
	Charm       Ref        `json:"charm" doc:"The wished charm."`
	SeriesName  string     `json:"series_name,omitempty" example:"Exciting Macaron"`
	StudioName  string     `json:"studio_name,omitempty" example:"Pop Mart"`
	Priority    int        `json:"priority" example:"1" doc:"1 (highest) to 5."`
	MaxPrice    *Money     `json:"max_price,omitempty" doc:"The most the collector would pay; absent: no limit."`
	ListPrice   Money      `json:"list_price" doc:"The charm's list price."`
	Note        string     `json:"note,omitempty"`
	FulfilledBy int64      `json:"fulfilled_by,omitempty" doc:"The item that fulfilled it."`
	FulfilledAt *time.Time `json:"fulfilled_at,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
}

func wishOf(w *collection.Wish) Wish {
	out := Wish{ID: w.ID, Charm: Ref{ID: w.CharmID, Name: w.CharmName}, SeriesName: w.SeriesName,
		StudioName: w.StudioName, Priority: w.Priority, ListPrice: moneyOf(w.ListPrice, w.ListCurr), Note: w.Note,
		FulfilledBy: w.FulfilledItemID, FulfilledAt: w.FulfilledAt, CreatedAt: w.CreatedAt}
	if w.MaxPrice > 0 {
		m := moneyOf(w.MaxPrice, w.Currency)
		out.MaxPrice = &m
	}
	return out
}

func wishesOf(ws []collection.Wish) []Wish {
	out := make([]Wish, len(ws))
	for i := range ws {
		out[i] = wishOf(&ws[i])
	}
	return out
}

// WishInput is what a collector sets on a wish.
type WishInput struct {
	CharmID  int64  `json:"charm_id,omitempty" minimum:"1" example:"1042" doc:"The charm wished for (required to add; ignored by an update)."`
	Priority int    `json:"priority,omitempty" minimum:"0" maximum:"5" example:"1" doc:"1 (highest) to 5; left out: 3."`
	MaxPrice int64  `json:"max_price,omitempty" minimum:"0" example:"12000" doc:"Minor units of currency; left out: no limit."`
	Currency string `json:"currency,omitempty" maxLength:"3" example:"CNY" doc:"Left out: yours."`
	Note     string `json:"note,omitempty" maxLength:"500"`
}

func (in *WishInput) input() collection.WishInput {
	return collection.WishInput{CharmID: in.CharmID, Priority: in.Priority, MaxPrice: in.MaxPrice,
		Currency: in.Currency, Note: in.Note}
}

type wishListInput struct {
	Fulfilled bool `query:"fulfilled" doc:"Include fulfilled wishes."`
	PageParams
}

func (s *Server) listWishes(ctx context.Context, in *wishListInput) (*body[Page[Wish]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	ws, err := s.deps.Collection.Wishes(ctx, uid, uid, in.Fulfilled)
	if err != nil {
		return nil, errs.Wrap("api.listWishes", err)
	}
	return slicePage(wishesOf(ws), func(w Wish) string { return itoa(w.ID) }, in.PageParams)
}

type wishAddInput struct {
	Body WishInput
}

type wishCreated struct {
	Location string `header:"Location" doc:"The wish's path, for updates."`
	Body     Wish
}

func (s *Server) addWish(ctx context.Context, in *wishAddInput) (*wishCreated, error) {
	const op = "api.addWish"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if in.Body.CharmID == 0 {
		return nil, errs.Fields(op, errs.FieldError{Field: "charm_id", Message: "is required"})
	}
	w, err := s.deps.Collection.AddWish(ctx, uid, in.Body.input())
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &wishCreated{Location: Prefix + "/collection/wishlist/" + itoa(w.ID), Body: wishOf(w)}, nil
}

type wishUpdateInput struct {
	IDPath
	Body WishInput
}

func (s *Server) updateWish(ctx context.Context, in *wishUpdateInput) (*body[Wish], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	w, err := s.deps.Collection.UpdateWish(ctx, uid, in.ID, in.Body.input())
	if err != nil {
		return nil, errs.Wrap("api.updateWish", err)
	}
	return &body[Wish]{Body: wishOf(w)}, nil
}

func (s *Server) deleteWish(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.DeleteWish(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.deleteWish", err)
	}
	return &struct{}{}, nil
}

type collectorWishesInput struct {
	Username string `path:"username" maxLength:"64" example:"mei" doc:"The collector's username."`
	PageParams
}

func (s *Server) collectorWishes(ctx context.Context, in *collectorWishesInput) (*body[Page[Wish]], error) {
	const op = "api.collectorWishes"
	if s.deps.Collection == nil {
		return nil, errs.E(op, errs.Internal, "the collection service is not configured")
	}
	owner, err := s.deps.Accounts.UserByUsername(ctx, in.Username)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	var viewer int64
	if u, ok := userFrom(ctx); ok {
		viewer = u.ID
	}
	ws, err := s.deps.Collection.Wishes(ctx, viewer, owner.ID, false)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return slicePage(wishesOf(ws), func(w Wish) string { return itoa(w.ID) }, in.PageParams)
}
