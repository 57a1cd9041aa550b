package api

import (
	"context"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) boxRoutes() {
	handle(s, endpoint{
		id: "list-boxes", method: http.MethodGet, path: "/collection/boxes", tag: tagCollection,
		summary: "List your storage boxes", auth: true, desc: "By name, with how many items each holds.",
	}, s.listBoxes)
	handle(s, endpoint{
		id: "create-box", method: http.MethodPost, path: "/collection/boxes", tag: tagCollection,
		summary: "Add a storage box", auth: true, status: http.StatusCreated, errors: []int{http.StatusConflict},
		desc: "409 if you already have a box of that name.",
	}, s.createBox)
	handle(s, endpoint{
		id: "get-box", method: http.MethodGet, path: "/collection/boxes/{id}", tag: tagCollection,
		summary: "Get a storage box", auth: true, errors: collection404,
	}, s.getBox)
	handle(s, endpoint{
		id: "delete-box", method: http.MethodDelete, path: "/collection/boxes/{id}", tag: tagCollection,
		summary: "Delete a storage box", auth: true, status: http.StatusNoContent, errors: collection404,
		desc: "Its items stay in the collection, with no box.",
	}, s.deleteBox)
}

// Box is a storage box with a printable label.
type Box struct {
	ID        int64     `json:"id" example:"3"`
	Name      string    `json:"name" example:"Shelf 2, blue tin"`
	Note      string    `json:"note,omitempty"`
	Items     int       `json:"items" example:"14" doc:"Items kept in it."`
	CreatedAt time.Time `json:"created_at"`
}

func boxOf(b *collection.Box) Box {
	return Box{ID: b.ID, Name: b.Name, Note: b.Note, Items: b.Items, CreatedAt: b.CreatedAt}
}

func (s *Server) listBoxes(ctx context.Context, in *PageParams) (*body[Page[Box]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	bs, err := s.deps.Collection.Boxes(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.listBoxes", err)
	}
	out := make([]Box, len(bs))
	for i := range bs {
		out[i] = boxOf(&bs[i])
	}
	return slicePage(out, func(b Box) string { return itoa(b.ID) }, *in)
}

// BoxCreate names a new storage box.
type BoxCreate struct {
	Name string `json:"name" minLength:"1" maxLength:"100" example:"Shelf 2, blue tin"`
	Note string `json:"note,omitempty" maxLength:"500"`
}

type boxCreateInput struct {
	Body BoxCreate
}

type boxCreated struct {
	Location string `header:"Location" doc:"Where the new box can be read."`
	Body     Box
}

func (s *Server) createBox(ctx context.Context, in *boxCreateInput) (*boxCreated, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	b, err := s.deps.Collection.CreateBox(ctx, uid, in.Body.Name, in.Body.Note)
	if err != nil {
		return nil, errs.Wrap("api.createBox", err)
	}
	return &boxCreated{Location: Prefix + "/collection/boxes/" + itoa(b.ID), Body: boxOf(b)}, nil
}

func (s *Server) getBox(ctx context.Context, in *IDPath) (*body[Box], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	b, err := s.deps.Collection.Box(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getBox", err)
	}
	return &body[Box]{Body: boxOf(b)}, nil
}

func (s *Server) deleteBox(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.DeleteBox(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.deleteBox", err)
	}
	return &struct{}{}, nil
}
