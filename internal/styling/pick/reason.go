package pick

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reason names the mood match when there is one (the owner's own tag,
// or the one or two strongest traits) and then the stronger of the season
// and the rest. Its Code joins the two parts ("tag_season", "mood_one",
// "rest_weeks"); "fresh" is for an item nothing stands out about.
var (
	moodParts = []struct{ code, format string }{
		{"tag", "your own '%s' pick"},           // mood
		{"mood_pair", "%s and %s for a %s day"}, // trait, trait, mood
		{"mood_one", "%s for a %s day"},         // trait, mood
	}
	restParts = []struct{ code, format string }{
		{"season", "%s suits %s"},               // trait, season
		{"rest_days", "not worn for %s days"},   // days
		{"rest_weeks", "not worn for %s weeks"}, // weeks
		{"never_worn", "never worn yet"},
	}
	freshFormat = "the best fit in your collection today"
)

// formats maps every reason Code to its English format (message key
// "pick.<Code>" holds the same text).
var formats = buildFormats()

func buildFormats() map[string]string {
	f := map[string]string{"fresh": upperFirst(freshFormat)}
	for _, m := range moodParts {
		f[m.code] = upperFirst(m.format)
		for _, r := range restParts {
			f[m.code+"_"+r.code] = upperFirst(m.format + "; " + r.format)
		}
	}
	for _, r := range restParts {
		f[r.code] = upperFirst(r.format)
	}
	return f
}

// choice turns c's factors into a Choice with its reason.
func (s *scorer) choice(c *Candidate) *Choice {
	f := s.score(c)
	var code []string
	var args []string
	switch {
	case f.tag:
		code, args = append(code, "tag"), append(args, "@mood."+s.mood)
	case f.nattrs == 2:
		code = append(code, "mood_pair")
		args = append(args, f.attrs[0].arg(), f.attrs[1].arg(), "@mood."+s.mood)
	case f.nattrs == 1:
		code, args = append(code, "mood_one"), append(args, f.attrs[0].arg(), "@mood."+s.mood)
	}
	switch {
	case f.seasonPts > 0 && f.seasonPts >= f.restPts:
		code, args = append(code, "season"), append(args, f.season.arg(), "@season."+s.seasonID)
	case f.restPts > 0 && f.days < 0:
		code = append(code, "never_worn")
	case f.restPts > 0 && f.days >= 14:
		code, args = append(code, "rest_weeks"), append(args, strconv.Itoa(f.days/7))
	case f.restPts > 0:
		code, args = append(code, "rest_days"), append(args, strconv.Itoa(f.days))
	}
	if len(code) == 0 {
		code = append(code, "fresh")
	}
	ch := &Choice{ItemID: c.ItemID, Code: strings.Join(code, "_"), Args: args}
	ch.Reason = english(ch.Code, args)
	return ch
}

// english formats a reason with each vocabulary key shown as its code in
// words ("@material_family.knit" → "knit", "@theme.y2k" → "y2k").
func english(code string, args []string) string {
	words := make([]any, len(args))
	for i, a := range args {
		if rest, ok := strings.CutPrefix(a, "@"); ok {
			_, a, _ = strings.Cut(rest, ".")
			a = strings.ReplaceAll(a, "_", " ")
		}
		words[i] = a
	}
	return upperFirst(fmt.Sprintf(formats[code], words...))
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
