package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/coach"
)

func (s *Server) adviceRoutes() {
	handle(s, endpoint{
		id: "coach-carrier", method: http.MethodPost, path: "/styling/carriers/{id}/coach", tag: tagStyling,
		summary: "Ask the styling coach", auth: true, status: http.StatusOK, errors: collection404,
		desc: "Reads the carrier's current loadout, or the draft sent in the body without saving it: a score from 0 to 100, " +
			"findings worst first, each with the rule, a code and args to translate it and an English message, and " +
			"concrete changes drawn from your own items. Args of the form @kind.code are vocabulary codes " +
			"(e.g. @material_family.metal).",
	}, s.coachCarrier)
	handle(s, endpoint{
		id: "list-rotations", method: http.MethodGet, path: "/styling/rotations", tag: tagStyling,
		summary: "List carriers due for rotation", auth: true,
		desc: "Carriers whose loadout is older than your rotation period or began in another season, oldest first, " +
			"each with a rotation the coach proposes.",
	}, s.listRotations)
}

// CoachFinding is one observation of the coach with its reason.
type CoachFinding struct {
	Rule     string   `json:"rule" example:"texture" doc:"count, texture, theme, colour, weight, functional, rotation or dress_code."`
	Code     string   `json:"code" example:"texture_flat" doc:"Translate with the message key coach.<code>."`
	Severity string   `json:"severity" enum:"good,info,warn,problem" example:"warn"`
	Args     []string `json:"args" nullable:"false" example:"[\"@material_family.metal\"]" doc:"The message's placeholders, in order."`
	Message  string   `json:"message" example:"Every charm is metal: mix in a soft or knit piece so the set does not look flat."`
}

// CoachSuggestion is a concrete change drawn from the collection: add in
// at point, remove out, or swap out for in.
type CoachSuggestion struct {
	Kind    string   `json:"kind" enum:"add,remove,swap" example:"swap"`
	Out     int64    `json:"out,omitempty" example:"42" doc:"The item to take off."`
	In      int64    `json:"in,omitempty" example:"57" doc:"The item to hang on."`
	Point   string   `json:"point,omitempty" example:"strap_right"`
	Rule    string   `json:"rule" example:"texture"`
	Code    string   `json:"code" example:"swap_texture"`
	Args    []string `json:"args" nullable:"false"`
	Message string   `json:"message" example:"Swap the second metal tag for the crochet strawberry to mix textures."`
}

// CoachReport is the coach's verdict on a loadout.
type CoachReport struct {
	Score       int               `json:"score" minimum:"0" maximum:"100" example:"72"`
	Findings    []CoachFinding    `json:"findings" nullable:"false" doc:"Worst first."`
	Suggestions []CoachSuggestion `json:"suggestions" nullable:"false" doc:"Most useful first."`
}

func coachReportOf(r *coach.Report) CoachReport {
	out := CoachReport{Score: r.Score, Findings: make([]CoachFinding, len(r.Findings)),
		Suggestions: make([]CoachSuggestion, len(r.Suggestions))}
	for i, f := range r.Findings {
		out.Findings[i] = CoachFinding{Rule: f.Rule, Code: f.Code, Severity: string(f.Severity), Args: list(f.Args), Message: f.Message}
	}
	for i, g := range r.Suggestions {
		out.Suggestions[i] = CoachSuggestion{Kind: g.Kind, Out: g.Out, In: g.In, Point: g.Point, Rule: g.Rule, Code: g.Code,
			Args: list(g.Args), Message: g.Message}
	}
	return out
}

type coachInput struct {
	IDPath
	Body *LoadoutInput `doc:"A draft to read instead of the current loadout; leave the body out for the current one."`
}

func (s *Server) coachCarrier(ctx context.Context, in *coachInput) (*body[CoachReport], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	var draft *styling.LoadoutInput
	if in.Body != nil {
		d := in.Body.input()
		draft = &d
	}
	r, err := s.deps.Styling.Coach(ctx, uid, in.ID, draft)
	if err != nil {
		return nil, errs.Wrap("api.coachCarrier", err)
	}
	return &body[CoachReport]{Body: coachReportOf(r)}, nil
}

// RotationDue is a carrier due for rotation with the proposed change.
type RotationDue struct {
	Carrier  Carrier     `json:"carrier"`
	DaysOld  int         `json:"days_old" example:"41" doc:"Days since the current loadout began."`
	Season   string      `json:"season" example:"autumn" doc:"The season now, in your hemisphere."`
	Proposal CoachReport `json:"proposal" doc:"The coach's reading with the swaps it proposes."`
}

func (s *Server) listRotations(ctx context.Context, _ *struct{}) (*body[Page[RotationDue]], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	rs, err := s.deps.Styling.RotationsDue(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.listRotations", err)
	}
	out := make([]RotationDue, len(rs))
	for i := range rs {
		out[i] = RotationDue{Carrier: carrierOf(&rs[i].Carrier), DaysOld: rs[i].DaysOld, Season: rs[i].Season,
			Proposal: coachReportOf(&rs[i].Proposal)}
	}
	return all(out), nil
}
