package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) contributionRoutes() {
	handle(s, endpoint{
		id: "list-contributions", method: http.MethodGet, path: "/contributions", tag: tagContributions,
		summary: "List contributions", auth: true,
		desc: "Newest first. A collector sees only their own contributions; moderators see everyone's.",
	}, s.listContributions)
	handle(s, endpoint{
		id: "create-contribution", method: http.MethodPost, path: "/contributions", tag: tagContributions,
		summary: "Propose a new charm or an edit", auth: true, status: http.StatusCreated, fields: "body.",
		desc: "Without charm_id, charm is a complete new charm. With charm_id, charm holds the fields to change; " +
			"the fields left out keep the charm's current values. A moderator then approves or rejects it.",
		errors: []int{http.StatusBadRequest},
	}, s.createContribution)
	handle(s, endpoint{
		id: "get-contribution", method: http.MethodGet, path: "/contributions/{id}", tag: tagContributions,
		summary: "Get a contribution", auth: true, errors: []int{http.StatusNotFound},
		desc: "Only its author and moderators can read it; to anyone else it does not exist.",
	}, s.getContribution)
	s.reviewRoutes()
}

type contributionListInput struct {
	Status contributionStatus `query:"status" doc:"Only contributions with this status."`
	Mine   bool               `query:"mine" doc:"Only your own contributions (what collectors always get)."`
	PageParams
}

func (s *Server) listContributions(ctx context.Context, in *contributionListInput) (*body[Page[Contribution]], error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	f := catalog.ContributionFilter{Status: string(in.Status), Cursor: in.Cursor, Limit: in.Limit}
	if in.Mine {
		f.UserID = u.ID
	}
	p, err := s.deps.Catalog.Contributions(ctx, actorOf(u), f)
	if err != nil {
		return nil, errs.Wrap("api.listContributions", err)
	}
	return pageOf(p, contributionOf), nil
}

// ContributionCreate proposes a new charm or an edit of one.
type ContributionCreate struct {
	CharmID int64       `json:"charm_id,omitempty" minimum:"1" example:"1042" doc:"The charm to edit; leave out to propose a new charm."`
	Note    string      `json:"note,omitempty" maxLength:"2000" example:"Price from the official store" doc:"Why, and where the information comes from."`
	Charm   CharmFields `json:"charm"`
}

type contributionCreateInput struct {
	Body ContributionCreate
}

type contributionCreated struct {
	Location string `header:"Location" doc:"Where the new contribution can be read."`
	Body     Contribution
}

func (s *Server) createContribution(ctx context.Context, in *contributionCreateInput) (*contributionCreated, error) {
	const op = "api.createContribution"
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	proposed := in.Body.Charm
	if id := in.Body.CharmID; id != 0 {
		cur, err := s.deps.Catalog.Charm(ctx, id)
		if errs.Is(err, errs.NotFound) {
			return nil, errs.Fields(op, errs.FieldError{Field: "charm_id", Message: "there is no charm with this id"})
		}
		if err != nil {
			return nil, errs.Wrap(op, err)
		}
		if proposed, err = proposed.over(fieldsOf(cur)); err != nil {
			return nil, errs.Wrap(op, err)
		}
	}
	c, err := s.deps.Catalog.Submit(ctx, actorOf(u), in.Body.CharmID, proposed.charm(), in.Body.Note)
	if err != nil {
		return nil, charmFieldErrors(op, err)
	}
	out := contributionOf(c)
	return &contributionCreated{Location: Prefix + "/contributions/" + itoa(c.ID), Body: out}, nil
}

// charmFieldErrors moves the catalog's field errors, named after the
// charm's fields, under "charm." where the request body holds them.
func charmFieldErrors(op string, err error) error {
	fields := errs.FieldsOf(err)
	if len(fields) == 0 {
		return errs.Wrap(op, err)
	}
	moved := make([]errs.FieldError, len(fields))
	for i, f := range fields {
		moved[i] = errs.FieldError{Field: "charm." + f.Field, Message: f.Message}
	}
	return &errs.Error{Op: op, Kind: errs.KindOf(err), Msg: errs.Message(err), Fields: moved, Err: err}
}

// ContributionPath names a contribution in the path.
type ContributionPath struct {
	ID int64 `path:"id" minimum:"1" example:"77" doc:"Contribution id."`
}

func (s *Server) getContribution(ctx context.Context, in *ContributionPath) (*body[Contribution], error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.deps.Catalog.Contribution(ctx, actorOf(u), in.ID)
	if err != nil {
		return nil, errs.Wrap("api.getContribution", err)
	}
	return &body[Contribution]{Body: contributionOf(c)}, nil
}
