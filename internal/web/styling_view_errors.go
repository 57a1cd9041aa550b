package web

import (
	"regexp"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
)

// stylingFieldMessages map the English messages the styling service puts
// into field errors (carrier forms, loadouts, notes) to message keys; a
// capture group becomes the message's argument.
var stylingFieldMessages = []messagePattern{
	{regexp.MustCompile(`^must be (?:one of |a catalog colour or empty$|empty, school or workplace$)`), "carrier.err.choose"},
	{regexp.MustCompile(`^must be at most (\d+) characters(?: on one line)?$`), "carrier.err.too_long_n"},
	{regexp.MustCompile(`^must be between 0 and (\d+) grams$`), "carrier.err.weight_range"},
	{regexp.MustCompile(`^must be between 0 \(no limit\) and (\d+)$`), "carrier.err.max_count_range"},
	{regexp.MustCompile(`^give between 1 and (\d+) attachment points$`), "carrier.err.points_count"},
	{regexp.MustCompile(`^a point's name must be at most (\d+) characters`), "carrier.err.point_long"},
	{regexp.MustCompile(`^point "(.*)" appears twice$`), "carrier.err.point_twice"},
	{regexp.MustCompile(`^you have (\d+) carriers, the most`), "carrier.err.too_many"},
	{regexp.MustCompile(`^"(.*)" is marked (?:lost|stolen)$`), "loadout.err.gone"},
	{regexp.MustCompile(`^"(.*)" was recycled$`), "loadout.err.gone"},
	{regexp.MustCompile(`^"(.*)" is lent out$`), "loadout.err.lent"},
	{regexp.MustCompile(`^"(.*)" is for sale$`), "loadout.err.for_sale"},
	{regexp.MustCompile(`^item (\d+) is not in your collection$`), "loadout.err.not_yours"},
	{regexp.MustCompile(`^place at most (\d+) items$`), "loadout.err.too_many"},
	{regexp.MustCompile(`^an item can hang only once`), "loadout.err.twice"},
}

// stylingPointMessages are the messages that name an attachment point,
// which is shown by its label when it is a default point.
var stylingPointMessages = []messagePattern{
	{regexp.MustCompile(`^point "(.*)" holds items of the current loadout`), "carrier.err.point_in_use"},
	{regexp.MustCompile(`^this carrier has no point "(.*)"$`), "loadout.err.no_point"},
}

// stylingFieldMessage translates one styling message into lang; messages
// it does not know go through the shared table.
func (s *Server) stylingFieldMessage(lang, msg string) string {
	for _, m := range stylingPointMessages {
		if sub := m.re.FindStringSubmatch(msg); sub != nil {
			point := sub[1]
			if s.msgs.Has(i18n.English, "point."+point) {
				point = s.msgs.T(lang, "point."+point)
			}
			return s.msgs.T(lang, m.key, point)
		}
	}
	if out, ok := s.translate(stylingFieldMessages, lang, msg); ok {
		return out
	}
	return s.fieldMessage(lang, msg)
}

// stylingFormErrors is formErrorsOf for the carrier forms: field errors
// under their fields, translated; the rest above the form.
func (s *Server) stylingFormErrors(lang string, err error, known ...string) formErrors {
	fe := formErrors{}
	fields := errs.FieldsOf(err)
	for _, f := range fields {
		msg := s.stylingFieldMessage(lang, f.Message)
		if slices.Contains(known, f.Field) {
			fe.add(f.Field, msg)
		} else {
			fe.add(formWide, msg)
		}
	}
	if len(fields) == 0 {
		fe.add(formWide, s.stylingFieldMessage(lang, errs.Message(err)))
	}
	return fe
}

// stylingMessages says in one line everything a styling error names.
func (s *Server) stylingMessages(lang string, err error) string {
	var parts []string
	for _, f := range errs.FieldsOf(err) {
		parts = append(parts, s.stylingFieldMessage(lang, f.Message))
	}
	if len(parts) == 0 {
		parts = append(parts, s.stylingFieldMessage(lang, errs.Message(err)))
	}
	return strings.Join(parts, " ")
}
