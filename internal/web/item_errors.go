package web

import (
	"regexp"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// messagePattern maps a service's English message to a message key; capture
// groups become the message's arguments.
type messagePattern struct {
	re  *regexp.Regexp
	key string
}

// itemFieldMessages maps the English messages the collection service puts
// into field errors to message keys, like fieldMessages does for accounts
// and the catalog.
var itemFieldMessages = []messagePattern{
	{regexp.MustCompile(`^is required for an item that is not in the catalog$`), "items.err.title_required"},
	{regexp.MustCompile(`^(?:must be a catalog charm id|is not a catalog charm)$`), "items.err.charm"},
	{regexp.MustCompile(`^is not a known category$`), "items.err.choose"},
	{regexp.MustCompile(`^“(.*)” is not a known material$`), "items.err.material"},
	{regexp.MustCompile(`^must be one of `), "items.err.choose"},
	{regexp.MustCompile(`^must be a date like `), "items.err.date"},
	{regexp.MustCompile(`^cannot be in the future$`), "items.err.future"},
	{regexp.MustCompile(`^is too long ago$`), "items.err.too_old"},
	{regexp.MustCompile(`^must be between 0 and `), "items.err.price_range"},
	{regexp.MustCompile(`^is too long \(([\d,]+) characters at most\)$`), "items.err.too_long_n"},
	{regexp.MustCompile(`^(?:is not|must be) one of (?:your|the) boxes$`), "items.err.box"},
	{regexp.MustCompile(`^must be 1 to (\d+) characters$`), "items.err.length"},
	{regexp.MustCompile(`^is already the name of one of your boxes$`), "boxes.err.name_taken"},
}

// photoMessages map the reasons the photo checks give, each naming the
// file, to message keys.
var photoMessages = []messagePattern{
	{regexp.MustCompile(`^(.+) is empty$`), "items.err.photo_empty"},
	{regexp.MustCompile(`^(.+) is ([\d.]+) MB; photos can be at most (\d+) MB$`), "items.err.photo_too_big"},
	{regexp.MustCompile(`^(.+) is not a JPEG, PNG, WebP or GIF image$`), "items.err.photo_type"},
	{regexp.MustCompile(`^(.+) is not a readable (\S+) image$`), "items.err.photo_damaged"},
	{regexp.MustCompile(`^(.+) is (\d+×\d+) pixels; `), "items.err.photo_pixels"},
	{regexp.MustCompile(`^choose at least one photo$`), "items.err.no_photos"},
	{regexp.MustCompile(`^an item can have at most (\d+) photos; this would make (\d+)$`), "items.err.photo_count"},
}

// translate finds msg in patterns and returns its message in lang.
func (s *Server) translate(patterns []messagePattern, lang, msg string) (string, bool) {
	for _, m := range patterns {
		if sub := m.re.FindStringSubmatch(msg); sub != nil {
			if !strings.Contains(s.msgs.T(lang, m.key), "%") {
				return s.msgs.T(lang, m.key), true
			}
			args := make([]any, 0, len(sub)-1)
			for _, a := range sub[1:] {
				args = append(args, a)
			}
			return s.msgs.T(lang, m.key, args...), true
		}
	}
	return "", false
}

// itemFieldMessage translates one collection message into lang; messages
// it does not know go through the shared table.
func (s *Server) itemFieldMessage(lang, msg string) string {
	if out, ok := s.translate(itemFieldMessages, lang, msg); ok {
		return out
	}
	return s.fieldMessage(lang, msg)
}

// itemFormErrors is formErrorsOf for the collection's forms: field errors
// under their fields, translated; errors about fields the form does not
// show, and errors with no fields, go above the form.
func (s *Server) itemFormErrors(lang string, err error, known ...string) formErrors {
	fields := errs.FieldsOf(err)
	if len(fields) == 0 {
		return s.formErrorsOf(lang, err, known...)
	}
	fe := formErrors{}
	for _, f := range fields {
		msg := s.itemFieldMessage(lang, f.Message)
		if slices.Contains(known, f.Field) {
			fe.add(f.Field, msg)
		} else {
			fe.add(formWide, strings.ReplaceAll(f.Field, "_", " ")+": "+msg)
		}
	}
	return fe
}
