package api

import (
	"context"
	"strconv"

	"github.com/charmory/charmory/internal/errs"
)

// CharmPath names a charm in the path.
type CharmPath struct {
	ID int64 `path:"id" minimum:"1" example:"1042" doc:"Charm id."`
}

func (s *Server) getCharm(ctx context.Context, in *CharmPath) (*body[Charm], error) {
	c, err := s.deps.Catalog.Charm(ctx, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getCharm", err)
	}
	return &body[Charm]{Body: charmOf(c)}, nil
}

type revisionsInput struct {
	CharmPath
	PageParams
}

func (s *Server) listRevisions(ctx context.Context, in *revisionsInput) (*body[Page[Revision]], error) {
	const op = "api.listRevisions"
	revs, err := s.deps.Catalog.Revisions(ctx, in.ID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	if len(revs) == 0 {
		// Every charm has at least its first revision; none means no charm.
		if _, err := s.deps.Catalog.Charm(ctx, in.ID); err != nil {
			return nil, errs.Wrap(op, err)
		}
	}
	out := make([]Revision, len(revs))
	for i, r := range revs {
		out[i] = revisionOf(r)
	}
	return slicePage(out, func(r Revision) string { return strconv.FormatInt(r.ID, 10) }, in.PageParams)
}
