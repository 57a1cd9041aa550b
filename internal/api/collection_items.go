package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) itemRoutes() {
	handle(s, endpoint{
		id: "list-items", method: http.MethodGet, path: "/collection/items", tag: tagCollection,
		summary: "List your items", auth: true,
		desc: "Every copy is its own item. Filter by name, status, category, condition, series, box or visibility; " +
			"newest first unless sorted otherwise.",
	}, s.listItems)
	handle(s, endpoint{
		id: "create-item", method: http.MethodPost, path: "/collection/items", tag: tagCollection,
		summary: "Add an item", auth: true, status: http.StatusCreated,
		desc: "Adds one physical copy: of a catalog charm (charm_id) or a one-off piece (title). " +
			"A matching open wish is marked fulfilled.",
	}, s.createItem)
	handle(s, endpoint{
		id: "get-item", method: http.MethodGet, path: "/collection/items/{id}", tag: tagCollection,
		summary: "Get an item", auth: true, errors: collection404,
		desc: "Your item with its charm and photos. Another collector's item is found only when they made it public.",
	}, s.getItem)
	handle(s, endpoint{
		id: "update-item", method: http.MethodPut, path: "/collection/items/{id}", tag: tagCollection,
		summary: "Update an item", auth: true, fields: "body.", errors: []int{http.StatusNotFound, http.StatusConflict},
		desc: "Replaces the item's fields (left-out fields take their defaults). A status change is kept in the history. " +
			"With version, 409 if the item changed since you read it.",
	}, s.updateItem)
	handle(s, endpoint{
		id: "delete-item", method: http.MethodDelete, path: "/collection/items/{id}", tag: tagCollection,
		summary: "Delete an item", auth: true, status: http.StatusNoContent, errors: collection404,
		desc: "Removes the item with its photos and history.",
	}, s.deleteItem)
	handle(s, endpoint{
		id: "set-item-status", method: http.MethodPost, path: "/collection/items/{id}/status", tag: tagCollection,
		summary: "Change an item's status", auth: true, errors: collection404,
		desc: "Records the new status with a note in the item's history; the same status again changes nothing.",
	}, s.setItemStatus)
	handle(s, endpoint{
		id: "list-item-history", method: http.MethodGet, path: "/collection/items/{id}/history", tag: tagCollection,
		summary: "List an item's status history", auth: true, errors: collection404, desc: "Newest first.",
	}, s.itemHistory)
}

type itemListInput struct {
	Q          string         `query:"q" maxLength:"200" doc:"Part of the item's name."`
	Status     itemStatus     `query:"status" doc:"Only items with this status."`
	Category   categoryCode   `query:"category" doc:"Only items of this category."`
	Condition  conditionCode  `query:"condition" doc:"Only items in this condition."`
	Series     int64          `query:"series" minimum:"0" doc:"Only items of this series (id)."`
	Box        int64          `query:"box" minimum:"0" doc:"Only items in this storage box (id)."`
	Visibility visibilityCode `query:"visibility" doc:"Only items with this visibility."`
	Sort       itemSort       `query:"sort" doc:"recent (the default), name or acquired."`
	PageParams
}

func (s *Server) listItems(ctx context.Context, in *itemListInput) (*body[Page[ItemSummary]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.deps.Collection.Items(ctx, uid, uid, collection.ItemFilter{Query: in.Q, Status: string(in.Status),
		Category: string(in.Category), Condition: string(in.Condition), SeriesID: in.Series, BoxID: in.Box,
		Visibility: string(in.Visibility), Sort: string(in.Sort), Cursor: in.Cursor, Limit: in.Limit})
	if err != nil {
		return nil, errs.Wrap("api.listItems", err)
	}
	return pageOf(p, itemSummaryOf), nil
}

type itemCreateInput struct {
	Body ItemInput
}

type itemCreated struct {
	Location string `header:"Location" doc:"Where the new item can be read."`
	Body     Item
}

func (s *Server) createItem(ctx context.Context, in *itemCreateInput) (*itemCreated, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	it, err := s.deps.Collection.CreateItem(ctx, uid, in.Body.input())
	if err != nil {
		return nil, errs.Wrap("api.createItem", err)
	}
	return &itemCreated{Location: Prefix + "/collection/items/" + itoa(it.ID), Body: itemOf(it)}, nil
}

func (s *Server) getItem(ctx context.Context, in *IDPath) (*body[Item], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	it, err := s.deps.Collection.Item(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getItem", err)
	}
	return &body[Item]{Body: itemOf(it)}, nil
}

type itemUpdateInput struct {
	IDPath
	Body ItemUpdate
}

func (s *Server) updateItem(ctx context.Context, in *itemUpdateInput) (*body[Item], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	it, err := s.deps.Collection.UpdateItem(ctx, uid, in.ID, in.Body.input(), in.Body.Version)
	if err != nil {
		return nil, errs.Wrap("api.updateItem", err)
	}
	return &body[Item]{Body: itemOf(it)}, nil
}

func (s *Server) deleteItem(ctx context.Context, in *IDPath) (*struct{}, error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.DeleteItem(ctx, uid, in.ID); err != nil {
		return nil, errs.Wrap("api.deleteItem", err)
	}
	return &struct{}{}, nil
}

// StatusSet changes an item's status.
type StatusSet struct {
	Status itemStatus `json:"status" doc:"The new status."`
	Note   string     `json:"note,omitempty" maxLength:"500" example:"lent to Mei" doc:"Kept in the history."`
}

type statusSetInput struct {
	IDPath
	Body StatusSet
}

func (s *Server) setItemStatus(ctx context.Context, in *statusSetInput) (*body[Item], error) {
	const op = "api.setItemStatus"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.SetStatus(ctx, uid, in.ID, string(in.Body.Status), in.Body.Note); err != nil {
		return nil, errs.Wrap(op, err)
	}
	it, err := s.deps.Collection.Item(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &body[Item]{Body: itemOf(it)}, nil
}

func (s *Server) itemHistory(ctx context.Context, in *IDPath) (*body[Page[StatusChange]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	h, err := s.deps.Collection.StatusHistory(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.itemHistory", err)
	}
	out := make([]StatusChange, len(h))
	for i, c := range h {
		out[i] = StatusChange(c)
	}
	return all(out), nil
}
