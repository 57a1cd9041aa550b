package web

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/errs"
)

// formErrors are a form's error messages by field name, already in the
// visitor's language. The key formWide holds messages about the form as a
// whole, or about fields the form does not show.
type formErrors map[string]string

// formWide is the formErrors key of messages not tied to a shown field.
const formWide = ""

// add records msg for field unless the field already has one: the first
// problem is the one to fix.
func (fe formErrors) add(field, msg string) {
	if _, ok := fe[field]; !ok {
		fe[field] = msg
	}
}

// Wide is the message about the form as a whole, if any.
func (fe formErrors) Wide() string { return fe[formWide] }

// OnFields reports whether some message belongs to a field.
func (fe formErrors) OnFields() bool {
	_, wide := fe[formWide]
	return len(fe) > 1 || len(fe) == 1 && !wide
}

// fieldMessages maps the English messages the services put into field
// errors to message keys, so forms speak the visitor's language. A
// capture group becomes the message's argument. Messages not listed are
// shown as the service wrote them.
var fieldMessages = []struct {
	re  *regexp.Regexp
	key string
}{
	// Accounts.
	{regexp.MustCompile(`^username is required$`), "formerr.username_required"},
	{regexp.MustCompile(`^username must be 3 to 32 characters$`), "formerr.username_length"},
	{regexp.MustCompile(`^username may contain only `), "formerr.username_chars"},
	{regexp.MustCompile(`^username must start and end with a letter or digit$`), "formerr.username_ends"},
	{regexp.MustCompile(`^this username is reserved$`), "formerr.username_reserved"},
	{regexp.MustCompile(`^this username is already taken$`), "formerr.username_taken"},
	{regexp.MustCompile(`^email is required$`), "formerr.email_required"},
	{regexp.MustCompile(`^email is too long$`), "formerr.email_long"},
	{regexp.MustCompile(`^email is not a valid address$`), "formerr.email_invalid"},
	{regexp.MustCompile(`^an account with this email already exists$`), "formerr.email_taken"},
	{regexp.MustCompile(`^password is required$`), "formerr.password_required"},
	{regexp.MustCompile(`^password must be at least (\d+) characters$`), "formerr.password_short"},
	{regexp.MustCompile(`^password must be at most (\d+) characters$`), "formerr.password_long"},
	{regexp.MustCompile(`^password must not be your username or email$`), "formerr.password_is_name"},
	{regexp.MustCompile(`^password is one of the most common passwords`), "formerr.password_common"},
	{regexp.MustCompile(`^password repeats too few different characters$`), "formerr.password_repetitive"},
	{regexp.MustCompile(`^password is not valid text$`), "formerr.invalid_text"},
	{regexp.MustCompile(`^display name must be at most (\d+) characters$`), "formerr.too_long_n"},
	{regexp.MustCompile(`^display name (is not valid text|must not contain control characters)$`), "formerr.invalid_text"},
	{regexp.MustCompile(`^name is required$`), "formerr.required"},
	{regexp.MustCompile(`^name must be at most (\d+) characters$`), "formerr.too_long_n"},
	{regexp.MustCompile(`^too many tokens`), "formerr.too_many_tokens"},
	{regexp.MustCompile(`^language must be `), "formerr.locale"},
	{regexp.MustCompile(`^currency must be one of `), "formerr.currency"},
	// Catalog.
	{regexp.MustCompile(`^is required$`), "formerr.required"},
	{regexp.MustCompile(`^is too long \(at most (\d+) characters\)$`), "formerr.too_long_n"},
	{regexp.MustCompile(`^is too long$`), "formerr.too_long"},
	{regexp.MustCompile(`^is not valid UTF-8$`), "formerr.invalid_text"},
	{regexp.MustCompile(`^has an unknown value "(.*)"$`), "formerr.unknown_value"},
	{regexp.MustCompile(`^lists "(.*)" twice$`), "formerr.twice"},
	{regexp.MustCompile(`^must not be negative$`), "formerr.negative"},
	{regexp.MustCompile(`^is too large \(at most (\d+)\)$`), "formerr.too_large_n"},
	{regexp.MustCompile(`^must be a date written YYYY-MM-DD$`), "formerr.date"},
	{regexp.MustCompile(`^is out of range$`), "formerr.out_of_range"},
	{regexp.MustCompile(`^is not a supported currency$`), "formerr.currency"},
	{regexp.MustCompile(`^(is not a valid address|must be an http\(s\) address)`), "formerr.url"},
	{regexp.MustCompile(`^must not contain spaces or control characters$`), "formerr.no_spaces"},
	{regexp.MustCompile(`^is not a known (studio|IP|series)$`), "formerr.unknown_ref"},
	{regexp.MustCompile(`^the proposal does not change anything$`), "charmform.unchanged"},
}

// fieldMessage translates one service message into lang.
func (s *Server) fieldMessage(lang, msg string) string {
	for _, m := range fieldMessages {
		if sub := m.re.FindStringSubmatch(msg); sub != nil {
			args := make([]any, 0, len(sub)-1)
			for _, a := range sub[1:] {
				args = append(args, a)
			}
			if !strings.Contains(s.msgs.T(lang, m.key), "%") {
				args = nil
			}
			return s.msgs.T(lang, m.key, args...)
		}
	}
	return sentenceCase(msg)
}

// sentenceCase upper-cases the first letter of msg, so a service's fragment
// ("does not exist") reads as a sentence under its field.
func sentenceCase(msg string) string {
	r, n := utf8.DecodeRuneInString(msg)
	if n == 0 {
		return msg
	}
	return string(unicode.ToUpper(r)) + msg[n:]
}

// formErrorsOf turns a service error into form errors: field errors under
// their fields (translated), anything else under formWide. known lists the
// fields the form shows; errors about other fields go to formWide too,
// prefixed with the field's name so they can still be understood.
func (s *Server) formErrorsOf(lang string, err error, known ...string) formErrors {
	fe := formErrors{}
	fields := errs.FieldsOf(err)
	for _, f := range fields {
		msg := s.fieldMessage(lang, f.Message)
		if slices.Contains(known, f.Field) {
			fe.add(f.Field, msg)
		} else {
			fe.add(formWide, f.Field+": "+msg)
		}
	}
	switch {
	case len(fields) > 0:
	case errs.KindOf(err) == errs.Internal:
		fe.add(formWide, s.msgs.T(lang, "error.internal"))
	default:
		fe.add(formWide, s.fieldMessage(lang, errs.Message(err)))
	}
	return fe
}
