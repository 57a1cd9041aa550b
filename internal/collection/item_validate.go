package collection

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// Limits on item fields.
const (
	maxTitleLen   = 200
	maxMemoryLen  = 10000
	maxNoteLen    = 500
	maxPriceMinor = 1_000_000_000_000
)

// normalize fills defaults of a new item's input: mint, stored, private,
// the owner's currency.
func (in *ItemInput) normalize(currency string) {
	in.Title = strings.TrimSpace(in.Title)
	in.Memory = strings.TrimSpace(in.Memory)
	in.StatusNote = strings.TrimSpace(in.StatusNote)
	in.AcquiredOn = strings.TrimSpace(in.AcquiredOn)
	in.Currency = strings.ToUpper(strings.TrimSpace(in.Currency))
	if in.Condition == "" {
		in.Condition = "mint"
	}
	if in.Status == "" {
		in.Status = "stored"
	}
	if in.Visibility == "" {
		in.Visibility = "private"
	}
	if in.Currency == "" {
		in.Currency = currency
	}
}

// validate checks an item's input; today bounds the acquisition date.
func (in *ItemInput) validate(op, today string) error {
	var fe []errs.FieldError
	add := func(f, m string) { fe = append(fe, errs.FieldError{Field: f, Message: m}) }
	if in.CharmID < 0 {
		add("charm_id", "must be a catalog charm id")
	}
	if in.CharmID == 0 && in.Title == "" {
		add("title", "is required for an item that is not in the catalog")
	}
	if utf8.RuneCountInString(in.Title) > maxTitleLen {
		add("title", "is too long")
	}
	if in.Category != "" && !contains(catalog.Categories, in.Category) {
		add("category", "is not a known category")
	}
	for _, m := range in.Materials {
		if !contains(catalog.Materials, m) {
			add("materials", "“"+m+"” is not a known material")
			break
		}
	}
	if !contains(Conditions, in.Condition) {
		add("condition", "must be one of "+strings.Join(Conditions, ", "))
	}
	if in.Source != "" && !contains(Sources, in.Source) {
		add("source", "must be one of "+strings.Join(Sources, ", "))
	}
	if !contains(Statuses, in.Status) {
		add("status", "must be one of "+strings.Join(Statuses, ", "))
	}
	if !contains(Visibilities, in.Visibility) {
		add("visibility", "must be one of "+strings.Join(Visibilities, ", "))
	}
	if in.AcquiredOn != "" {
		if d, err := time.Parse(time.DateOnly, in.AcquiredOn); err != nil {
			add("acquired_on", "must be a date like 2026-05-01")
		} else if in.AcquiredOn > today {
			add("acquired_on", "cannot be in the future")
		} else if d.Year() < 1900 {
			add("acquired_on", "is too long ago")
		}
	}
	if in.PricePaid < 0 || in.PricePaid > maxPriceMinor {
		add("price_paid", "must be between 0 and 10,000,000,000")
	}
	if !money.Valid(in.Currency) {
		add("currency", "is not a supported currency")
	}
	if utf8.RuneCountInString(in.Memory) > maxMemoryLen {
		add("memory", "is too long (10,000 characters at most)")
	}
	if utf8.RuneCountInString(in.StatusNote) > maxNoteLen {
		add("status_note", "is too long")
	}
	if in.Attachment != "" && !contains(Attachments, in.Attachment) {
		add("attachment", "must be one of "+strings.Join(Attachments, ", "))
	}
	for _, m := range in.MoodTags {
		if !contains(Moods, m) {
			add("mood_tags", "“"+m+"” is not one of "+strings.Join(Moods, ", "))
			break
		}
	}
	if in.BoxID < 0 {
		add("box_id", "must be one of your boxes")
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}
