package web

import (
	"strings"

	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/styling/coach"
	"github.com/charmory/charmory/internal/styling/pick"
)

// The daily pick and the coach explain themselves with a code and string
// arguments; the pages translate them with the "pick.<Code>" and
// "coach.<Code>" message keys and fall back to the English sentence the
// engine wrote when a code has no message yet.

// DailyReason is the one-line reason of a pick in the page's language.
func (b Base) DailyReason(c *pick.Choice) string {
	if c == nil {
		return ""
	}
	return b.dailyMessage("pick", c.Code, c.Args, c.Reason)
}

// RotationFinding is a coach finding in the page's language.
func (b Base) RotationFinding(f coach.Finding) string {
	return b.dailyMessage("coach", f.Code, f.Args, f.Message)
}

// RotationSuggestion is a coach suggestion in the page's language.
func (b Base) RotationSuggestion(s coach.Suggestion) string {
	return b.dailyMessage("coach", s.Code, s.Args, s.Message)
}

// dailyMessage is engineText in the page's language.
func (b Base) dailyMessage(area, code string, args []string, english string) string {
	if b.msgs == nil {
		return english
	}
	return engineText(b.msgs, b.Lang, area, code, args, english)
}

// engineText formats the message area.code in lang with args, each
// "@kind.code" argument translated first; english is the answer when the
// key is missing or its placeholders do not fit the arguments.
func engineText(msgs *i18n.Catalog, lang, area, code string, args []string, english string) string {
	key := area + "." + code
	if code == "" || !msgs.Has(i18n.English, key) {
		return english
	}
	vals := make([]any, len(args))
	for i, a := range args {
		vals[i] = engineArg(msgs, lang, a)
	}
	out := msgs.T(lang, key, vals...)
	if strings.Contains(out, "%!") {
		// A message written for other arguments: the engine's own
		// sentence is better than a broken one.
		return english
	}
	return out
}

// engineArg translates an "@kind.code" argument through the vocabulary
// labels; a code without a label (a point the collector named) is shown
// as it was typed, and any other argument as it is.
func engineArg(msgs *i18n.Catalog, lang, arg string) string {
	key, ok := strings.CutPrefix(arg, "@")
	if !ok {
		return arg
	}
	if msgs.Has(i18n.English, key) {
		return msgs.T(lang, key)
	}
	if _, typed, found := strings.Cut(key, "."); found {
		return typed
	}
	return key
}
