package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

func (s *Server) careRoutes() {
	handle(s, endpoint{
		id: "list-item-care", method: http.MethodGet, path: "/collection/items/{id}/care", tag: tagCollection,
		summary: "List an item's care tasks", auth: true, errors: collection404,
		desc: "The recurring care its materials ask for (polish metal, spot-clean plush, store beads flat…), " +
			"when each was last done and when it is due.",
	}, s.itemCare)
	handle(s, endpoint{
		id: "mark-item-cared", method: http.MethodPost, path: "/collection/items/{id}/care", tag: tagCollection,
		summary: "Record a care task as done today", auth: true, errors: collection404,
		desc: "Answers the item's care tasks with the new due dates; 422 for a task the item does not have.",
	}, s.markCared)
	handle(s, endpoint{
		id: "list-care-due", method: http.MethodGet, path: "/collection/care", tag: tagCollection,
		summary: "List items with care due", auth: true,
		desc: "Your items with care tasks due today or earlier, most overdue first; lost, stolen and recycled items are left out.",
	}, s.careDue)
}

// CareTask is one recurring care task of an item.
type CareTask struct {
	Task       string `json:"task" example:"polish_metal"`
	EveryDays  int    `json:"every_days" example:"90" doc:"How often it is due."`
	LastDone   string `json:"last_done,omitempty" example:"2026-03-01" doc:"YYYY-MM-DD; absent when never done."`
	DueOn      string `json:"due_on" example:"2026-05-30" doc:"YYYY-MM-DD."`
	Due        bool   `json:"due" doc:"Due today or earlier."`
	MaterialOf string `json:"material_of" example:"metal" doc:"The material family that asks for it."`
}

func careTasksOf(ts []collection.CareTask) []CareTask {
	out := make([]CareTask, len(ts))
	for i, t := range ts {
		out[i] = CareTask(t)
	}
	return out
}

// CareDue is an item with the care tasks due for it.
type CareDue struct {
	Item  ItemSummary `json:"item"`
	Tasks []CareTask  `json:"tasks" nullable:"false"`
}

func (s *Server) itemCare(ctx context.Context, in *IDPath) (*body[Page[CareTask]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	ts, err := s.deps.Collection.ItemCare(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap("api.itemCare", err)
	}
	return all(careTasksOf(ts)), nil
}

// CareDone names the care task that was done.
type CareDone struct {
	Task careTaskCode `json:"task" doc:"The task done today."`
}

type careDoneInput struct {
	IDPath
	Body CareDone
}

func (s *Server) markCared(ctx context.Context, in *careDoneInput) (*body[Page[CareTask]], error) {
	const op = "api.markCared"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Collection.MarkCared(ctx, uid, in.ID, string(in.Body.Task)); err != nil {
		return nil, errs.Wrap(op, err)
	}
	ts, err := s.deps.Collection.ItemCare(ctx, uid, in.ID)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return all(careTasksOf(ts)), nil
}

func (s *Server) careDue(ctx context.Context, in *PageParams) (*body[Page[CareDue]], error) {
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	due, err := s.deps.Collection.CareDue(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.careDue", err)
	}
	out := make([]CareDue, len(due))
	for i := range due {
		out[i] = CareDue{Item: itemSummaryOf(&due[i].Item), Tasks: careTasksOf(due[i].Tasks)}
	}
	return slicePage(out, func(c CareDue) string { return itoa(c.Item.ID) }, *in)
}
