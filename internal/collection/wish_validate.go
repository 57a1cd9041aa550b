package collection

import (
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// defaultWishPriority is the middle of 1 (highest) … 5.
const defaultWishPriority = 3

// normalize fills a wish input's defaults: priority 3 and the given
// currency (the owner's on create, the wish's own on update).
func (in *WishInput) normalize(currency string) {
	in.Note = strings.TrimSpace(in.Note)
	in.Currency = strings.ToUpper(strings.TrimSpace(in.Currency))
	if in.Priority == 0 {
		in.Priority = defaultWishPriority
	}
	if in.Currency == "" {
		in.Currency = currency
	}
}

// validate checks a normalized wish input; whether the charm exists is
// checked against the database.
func (in *WishInput) validate(op string) error {
	var fe []errs.FieldError
	add := func(f, m string) { fe = append(fe, errs.FieldError{Field: f, Message: m}) }
	if in.CharmID <= 0 {
		add("charm_id", "is not a catalog charm")
	}
	if in.Priority < 1 || in.Priority > 5 {
		add("priority", "must be between 1 and 5")
	}
	if in.MaxPrice < 0 || in.MaxPrice > maxPriceMinor {
		add("max_price", "must be between 0 and 10,000,000,000")
	}
	if !money.Valid(in.Currency) {
		add("currency", "is not a supported currency")
	}
	if utf8.RuneCountInString(in.Note) > maxNoteLen {
		add("note", "is too long (500 characters at most)")
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}
