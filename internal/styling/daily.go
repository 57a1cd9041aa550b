package styling

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/pick"
)

// maxMoodText bounds the free text a collector describes their mood with.
const maxMoodText = 200

// PickToday proposes today's charm and a backup for a mood (one of
// pick.Moods, or free text mapped to one) from the owner's wearable items,
// and records it in the mood journal (replacing today's entry). Errors:
// Invalid (a mood nothing maps to), NotFound (no wearable items).
func (s *Service) PickToday(ctx context.Context, owner int64, mood string) (*DailyPick, error) {
	const op = "daily pick"
	mood, text, err := dailyMood(op, mood)
	if err != nil {
		return nil, err
	}
	st, err := s.adviceSettings(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	now := s.clock()
	day := now.Format(time.DateOnly)
	// Today's earlier pick is being replaced, so it does not count as worn.
	ps, err := s.pieces(ctx, owner, day)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	best, backup := dailyRun(ps, mood, st.Hemisphere)
	if best == nil {
		return nil, errs.E(op, errs.NotFound, "add items to your collection first: the daily pick chooses from the charms you own")
	}
	e := MoodEntry{Day: day, Mood: mood, MoodText: text, ItemID: best.ItemID, Reason: best.Reason}
	if backup != nil {
		e.BackupItemID = backup.ItemID
	}
	if err := s.journalSave(ctx, owner, e); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return s.dailyResult(ctx, op, owner, e, pick.Season(now, st.Hemisphere), best, backup)
}

// dailyMood reads what a collector said: a mood's name (any case) or free
// text the pick maps to a mood, returned as text.
func dailyMood(op, said string) (mood, text string, err error) {
	said = strings.TrimSpace(said)
	if m := strings.ToLower(said); pieceHas(pick.Moods, m) {
		return m, "", nil
	}
	if utf8.RuneCountInString(said) > maxMoodText {
		return "", "", errs.Fields(op, errs.FieldError{Field: "mood", Message: "say it in at most 200 characters"})
	}
	if m, ok := pick.MoodOf(said); ok && said != "" {
		return m, said, nil
	}
	msg := "choose a mood (" + strings.Join(pick.Moods, ", ") + ") or describe how you feel in a few words"
	if said != "" {
		msg = "we could not tell a mood from that: choose one of " + strings.Join(pick.Moods, ", ") + ", or try other words"
	}
	return "", "", errs.Fields(op, errs.FieldError{Field: "mood", Message: msg})
}

// dailyRun runs the pick for a mood on the owner's wearable items.
func dailyRun(ps *pieceSet, mood, hemisphere string) (best, backup *pick.Choice) {
	cands := ps.candidates()
	if len(cands) == 0 {
		return nil, nil
	}
	return pick.Pick(pick.Request{Mood: mood, Now: ps.now, Hemisphere: hemisphere, Candidates: cands})
}

// Today returns today's journal entry as a DailyPick. The reasons are
// worked out again from the entry's mood so a page can translate them;
// an item the pick would not choose now (one the owner chose to wear
// instead) keeps the reason the journal holds. Errors: NotFound.
func (s *Service) Today(ctx context.Context, owner int64) (*DailyPick, error) {
	const op = "today's pick"
	st, err := s.adviceSettings(ctx, owner)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	now := s.clock()
	e, err := s.journalEntry(ctx, owner, now.Format(time.DateOnly))
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	ps, err := s.pieces(ctx, owner, e.Day)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	best, backup := dailyRun(ps, e.Mood, st.Hemisphere)
	return s.dailyResult(ctx, op, owner, *e, pick.Season(now, st.Hemisphere),
		dailyMatch(e.ItemID, e.Reason, best, backup), dailyMatch(e.BackupItemID, "", best, backup))
}

// dailyMatch is the choice for itemID: the pick's own when it chose that
// item, else one carrying reason. Zero is no choice.
func dailyMatch(itemID int64, reason string, choices ...*pick.Choice) *pick.Choice {
	if itemID == 0 {
		return nil
	}
	for _, c := range choices {
		if c != nil && c.ItemID == itemID {
			cp := *c
			return &cp
		}
	}
	return &pick.Choice{ItemID: itemID, Reason: reason}
}

// dailyResult is a journal entry with its choices and item summaries.
func (s *Service) dailyResult(ctx context.Context, op string, owner int64, e MoodEntry, season string, best, backup *pick.Choice) (*DailyPick, error) {
	out := &DailyPick{Day: e.Day, Mood: e.Mood, MoodText: e.MoodText, Season: season, Best: best, Backup: backup}
	items, err := s.pieceSummaries(ctx, owner, []int64{e.ItemID, e.BackupItemID})
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	out.BestItem, out.BackupItem = items[e.ItemID], items[e.BackupItemID]
	return out, nil
}
