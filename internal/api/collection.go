package api

import (
	"context"
	"net/http"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/errs"
)

// tagCollection groups the collection operations in the docs.
const tagCollection = "Collection"

// collectionRoutes declares the collection operations. Every one acts for
// the token's user on their own collection, except the public wishlist.
// Another collector's ids answer 404, exactly like ids that do not exist,
// so a client cannot probe what others own.
func (s *Server) collectionRoutes() {
	s.api.OpenAPI().Tags = append(s.api.OpenAPI().Tags, &huma.Tag{Name: tagCollection,
		Description: "A collector's own items, photos, storage boxes, care reminders, wishlist, series completion, " +
			"value, budget, balance, export and import. Every operation needs a token and sees only the token's collection."})
	s.itemRoutes()
	s.careRoutes()
	s.photoRoutes()
	s.boxRoutes()
	s.wishRoutes()
	s.seriesProgressRoutes()
	s.valueRoutes()
	s.budgetRoutes()
	s.transferRoutes()
}

// collector returns the acting user's id, checking that the collection
// capability is wired (the API can run without it, but then its
// collection operations answer 500 rather than crash).
func (s *Server) collector(ctx context.Context) (int64, error) {
	u, err := requireUser(ctx)
	if err != nil {
		return 0, err
	}
	if s.deps.Collection == nil {
		return 0, errs.E("api.collection", errs.Internal, "the collection service is not configured")
	}
	return u.ID, nil
}

// IDPath names a record of the collection (item, box, wish, budget entry)
// in the path.
type IDPath struct {
	ID int64 `path:"id" minimum:"1" example:"42" doc:"Id of one of your records."`
}

// collection404 documents the statuses of an operation on one of the
// collector's records.
var collection404 = []int{http.StatusNotFound}

// all wraps a list the service returns whole in the list shape, without
// paging.
func all[T any](items []T) *body[Page[T]] {
	return &body[Page[T]]{Body: Page[T]{Items: list(items), Total: len(items)}}
}

// setContent replaces the documented content of an operation's success
// response, for operations that answer raw bytes rather than JSON.
func (s *Server) setContent(method, path, status string, content map[string]*huma.MediaType) {
	if op := s.operation(method, path); op != nil && op.Responses[status] != nil {
		op.Responses[status].Content = content
	}
}
