package api

import (
	"context"
	"net/http"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) reviewRoutes() {
	handle(s, endpoint{
		id: "approve-contribution", method: http.MethodPost, path: "/contributions/{id}/approve", tag: tagContributions,
		summary: "Approve a contribution", auth: true,
		desc: "Moderators only. Applies the contribution as a new charm or an edit and records a revision " +
			"crediting the contributor. 409 if it is no longer pending or the charm changed since it was proposed.",
		errors: []int{http.StatusForbidden, http.StatusNotFound, http.StatusConflict},
	}, s.approveContribution)
	handle(s, endpoint{
		id: "reject-contribution", method: http.MethodPost, path: "/contributions/{id}/reject", tag: tagContributions,
		summary: "Reject a contribution", auth: true,
		desc:   "Moderators only. Closes the contribution with a note; 409 if it is no longer pending.",
		errors: []int{http.StatusForbidden, http.StatusNotFound, http.StatusConflict},
	}, s.rejectContribution)
}

// Review is a moderator's decision note.
type Review struct {
	Note string `json:"note,omitempty" maxLength:"2000" example:"Matches the official listing." doc:"Shown to the contributor."`
}

type reviewInput struct {
	ContributionPath
	Body *Review
}

func (r *reviewInput) note() string {
	if r.Body == nil {
		return ""
	}
	return r.Body.Note
}

type reviewFunc func(context.Context, catalog.Actor, int64, string) (*catalog.Contribution, error)

func (s *Server) review(ctx context.Context, op string, in *reviewInput, do reviewFunc) (*body[Contribution], error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	c, err := do(ctx, actorOf(u), in.ID, in.note())
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &body[Contribution]{Body: contributionOf(c)}, nil
}

func (s *Server) approveContribution(ctx context.Context, in *reviewInput) (*body[Contribution], error) {
	return s.review(ctx, "api.approveContribution", in, s.deps.Catalog.Approve)
}

func (s *Server) rejectContribution(ctx context.Context, in *reviewInput) (*body[Contribution], error) {
	return s.review(ctx, "api.rejectContribution", in, s.deps.Catalog.Reject)
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
