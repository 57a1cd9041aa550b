package api

import (
	"context"
	"net/http"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling"
	"github.com/charmory/charmory/internal/styling/pick"
)

func (s *Server) dailyRoutes() {
	handle(s, endpoint{
		id: "get-styling-settings", method: http.MethodGet, path: "/styling/settings", tag: tagStyling,
		summary: "Get your styling settings", auth: true, desc: "Style, rotation period and hemisphere.",
	}, s.getStylingSettings)
	handle(s, endpoint{
		id: "update-styling-settings", method: http.MethodPut, path: "/styling/settings", tag: tagStyling,
		summary: "Update your styling settings", auth: true, fields: "body.",
	}, s.updateStylingSettings)
	handle(s, endpoint{
		id: "pick-today", method: http.MethodPost, path: "/styling/today", tag: tagStyling,
		summary: "Pick today's charm for a mood", auth: true, status: http.StatusOK, errors: collection404,
		desc: "Proposes one of your charms and a backup that fit the mood, the season and what you have not worn lately, " +
			"each with a reason (translate with the message key pick.<code>), and records it in your mood journal, " +
			"replacing today's entry. 404 when you have no items to wear. The moods: " + moodsList() + ".",
	}, s.pickToday)
	handle(s, endpoint{
		id: "get-today", method: http.MethodGet, path: "/styling/today", tag: tagStyling,
		summary: "Get today's pick", auth: true, errors: collection404, desc: "404 until you pick today.",
	}, s.getToday)
	handle(s, endpoint{
		id: "wear-today", method: http.MethodPost, path: "/styling/today/wear", tag: tagStyling,
		summary: "Wear another charm today", auth: true, status: http.StatusOK, errors: collection404,
		desc: "Records that you wear this item today instead, the backup or any of yours; the earlier pick becomes the " +
			"backup. 404 before today's pick or for an item that is not yours.",
	}, s.wearToday)
	handle(s, endpoint{
		id: "get-mood-journal", method: http.MethodGet, path: "/styling/journal", tag: tagStyling,
		summary: "List a month of your mood journal", auth: true, desc: "One entry per day you picked, by day.",
	}, s.getJournal)
}

func (s *Server) getStylingSettings(ctx context.Context, _ *struct{}) (*body[StylingSettings], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	st, err := s.deps.Styling.Settings(ctx, uid)
	if err != nil {
		return nil, errs.Wrap("api.getStylingSettings", err)
	}
	return &body[StylingSettings]{Body: stylingSettingsOf(st)}, nil
}

func stylingSettingsOf(st *styling.Settings) StylingSettings {
	return StylingSettings{Style: styleCode(st.Style), RotationDays: st.RotationDays, Hemisphere: hemisphereCode(st.Hemisphere)}
}

type stylingSettingsInput struct {
	Body StylingSettings
}

func (s *Server) updateStylingSettings(ctx context.Context, in *stylingSettingsInput) (*body[StylingSettings], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	st, err := s.deps.Styling.UpdateSettings(ctx, uid, styling.Settings{Style: string(in.Body.Style),
		RotationDays: in.Body.RotationDays, Hemisphere: string(in.Body.Hemisphere)})
	if err != nil {
		return nil, errs.Wrap("api.updateStylingSettings", err)
	}
	return &body[StylingSettings]{Body: stylingSettingsOf(st)}, nil
}

// PickChoice is a picked item with the reason it fits.
type PickChoice struct {
	ItemID int64        `json:"item_id" example:"42"`
	Code   string       `json:"code" example:"mood_tag" doc:"Translate with the message key pick.<code>."`
	Args   []string     `json:"args" nullable:"false" doc:"The reason's placeholders, in order."`
	Reason string       `json:"reason" example:"You tagged it cozy, and it has not been out for three weeks."`
	Item   *ItemSummary `json:"item,omitempty"`
}

// DailyPick is the day's proposal for a mood.
type DailyPick struct {
	Day      string      `json:"day" example:"2026-06-15" doc:"YYYY-MM-DD, UTC."`
	Mood     string      `json:"mood" example:"cozy"`
	MoodText string      `json:"mood_text,omitempty" example:"a bit gloomy, want comfort" doc:"What you wrote, when it was not one of the moods."`
	Season   string      `json:"season" example:"summer"`
	Best     *PickChoice `json:"best,omitempty"`
	Backup   *PickChoice `json:"backup,omitempty" doc:"Absent when you have only one wearable item."`
}

func choiceOf(c *pick.Choice, it *collection.ItemSummary) *PickChoice {
	if c == nil {
		return nil
	}
	out := &PickChoice{ItemID: c.ItemID, Code: c.Code, Args: list(c.Args), Reason: c.Reason}
	if it != nil {
		sum := itemSummaryOf(it)
		out.Item = &sum
	}
	return out
}

func dailyPickOf(p *styling.DailyPick) DailyPick {
	return DailyPick{Day: p.Day, Mood: p.Mood, MoodText: p.MoodText, Season: p.Season,
		Best: choiceOf(p.Best, p.BestItem), Backup: choiceOf(p.Backup, p.BackupItem)}
}

// MoodRequest states today's mood.
type MoodRequest struct {
	Mood string `json:"mood" minLength:"1" maxLength:"200" example:"cozy" doc:"One of the moods, or a few words of your own (English or Chinese) mapped to one."`
}

type pickInput struct {
	Body MoodRequest
}

func (s *Server) pickToday(ctx context.Context, in *pickInput) (*body[DailyPick], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	p, err := s.deps.Styling.PickToday(ctx, uid, in.Body.Mood)
	if err != nil {
		return nil, errs.Wrap("api.pickToday", err)
	}
	return &body[DailyPick]{Body: dailyPickOf(p)}, nil
}

func (s *Server) getToday(ctx context.Context, _ *struct{}) (*body[DailyPick], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	return s.today(ctx, "api.getToday", uid)
}

func (s *Server) today(ctx context.Context, op string, uid int64) (*body[DailyPick], error) {
	p, err := s.deps.Styling.Today(ctx, uid)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &body[DailyPick]{Body: dailyPickOf(p)}, nil
}

// WearRequest names the item worn today.
type WearRequest struct {
	ItemID int64 `json:"item_id" minimum:"1" example:"57" doc:"One of your items."`
}

type wearInput struct {
	Body WearRequest
}

func (s *Server) wearToday(ctx context.Context, in *wearInput) (*body[DailyPick], error) {
	const op = "api.wearToday"
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Styling.Wear(ctx, uid, in.Body.ItemID); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return s.today(ctx, op, uid)
}

// MoodEntry is one day of the mood journal.
type MoodEntry struct {
	Day          string `json:"day" example:"2026-06-15"`
	Mood         string `json:"mood" example:"cozy"`
	MoodText     string `json:"mood_text,omitempty"`
	ItemID       int64  `json:"item_id,omitempty" example:"42" doc:"The item worn; absent if it was deleted since."`
	ItemName     string `json:"item_name,omitempty" example:"Lychee Berry"`
	BackupItemID int64  `json:"backup_item_id,omitempty"`
	Reason       string `json:"reason,omitempty"`
}

type journalInput struct {
	Month string `query:"month" pattern:"^[0-9]{4}-(0[1-9]|1[0-2])$" example:"2026-06" doc:"YYYY-MM; this month when left out."`
}

func (s *Server) getJournal(ctx context.Context, in *journalInput) (*body[Page[MoodEntry]], error) {
	uid, err := s.stylist(ctx)
	if err != nil {
		return nil, err
	}
	es, err := s.deps.Styling.Journal(ctx, uid, in.Month)
	if err != nil {
		return nil, errs.Wrap("api.getJournal", err)
	}
	out := make([]MoodEntry, len(es))
	for i, e := range es {
		out[i] = MoodEntry(e)
	}
	return all(out), nil
}
