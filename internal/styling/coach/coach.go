// Package coach is the styling coach: deterministic rules that read a
// loadout (the charms on a carrier) and say, with reasons a person
// understands, what works and what to change, drawing concrete swaps from
// the collector's own collection. It has no database and no clock of its
// own: everything it knows comes in Input.
package coach

import "time"

// Carrier is the bag, belt loop, lanyard… the charms hang on.
type Carrier struct {
	Kind          string   // see styling.CarrierKinds: backpack, tote, crossbody, …
	Size          string   // S, M or L
	Colour        string   // a catalog colour code; empty: unknown
	WeightLimitG  int      // 0: no limit set
	Points        []string // attachment point names
	DressCode     string   // "", "school" or "workplace"
	MaxCount      int      // the dress code's limit on charms; 0: none
	RemovableOnly bool     // the dress code allows removable attachments only
}

// Piece is one item, on the carrier or in the collection.
type Piece struct {
	ItemID     int64
	Name       string
	Category   string    // catalog category code
	Materials  []string  // catalog material codes
	Families   []string  // material families (catalog.MaterialFamily): soft, knit, metal, plastic, bead, leather, natural
	Colours    []string  // catalog colour codes
	Themes     []string  // catalog theme codes
	WeightG    int       // 0: unknown
	Functional bool      // a functional piece: tracker holder, lip-balm case, mini pouch…
	Attachment string    // clip, carabiner, strap, split_ring, chain, sewn; "": unknown
	Point      string    // where it hangs (placed pieces only)
	LastWorn   time.Time // zero: never worn on a carrier
}

// Input is everything the coach reads.
type Input struct {
	Carrier      Carrier
	Placed       []Piece   // the loadout
	Collection   []Piece   // the collector's other available items, for suggestions
	Style        string    // minimal, balanced or maximalist
	Now          time.Time // today
	LastRotated  time.Time // when this carrier's loadout last changed; zero: new
	RotationDays int       // the collector's rotation period
	Hemisphere   string    // north or south, for seasons
}

// Severity says how much a finding matters.
type Severity string

// Severities, mildest first.
const (
	Good    Severity = "good"    // something that works; keep it
	Info    Severity = "info"    // worth knowing
	Warn    Severity = "warn"    // worth changing
	Problem Severity = "problem" // breaks a rule or a limit
)

// Finding is one observation with its reason. Code and Args let a UI
// translate it (message key "coach.<Code>" with Args as placeholders);
// Message is the English text.
type Finding struct {
	Rule     string   `json:"rule"` // count, texture, theme, colour, weight, functional, rotation, dress_code
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Args     []string `json:"args,omitempty"`
	Message  string   `json:"message"`
}

// Suggestion is a concrete change drawn from the collection: add In at
// Point, remove Out, or swap Out for In.
type Suggestion struct {
	Kind    string   `json:"kind"` // add, remove, swap
	Out     int64    `json:"out,omitempty"`
	In      int64    `json:"in,omitempty"`
	Point   string   `json:"point,omitempty"`
	Rule    string   `json:"rule"`
	Code    string   `json:"code"`
	Args    []string `json:"args,omitempty"`
	Message string   `json:"message"`
}

// Report is the coach's verdict: a score from 0 to 100, findings (worst
// first) and suggestions (most useful first).
type Report struct {
	Score       int          `json:"score"`
	Findings    []Finding    `json:"findings"`
	Suggestions []Suggestion `json:"suggestions"`
}

// Evaluate runs every rule on in. It never panics and always returns a
// score in [0, 100].
//
// Rules first record their findings; the suggestions come afterwards, the
// most severe finding's first, so a problem (a dress code, the weight
// limit) claims pieces before a nicety does, and every later suggestion
// sees the loadout as the earlier ones left it. No item is named twice.
func Evaluate(in Input) Report {
	e := newEval(in)
	for _, rule := range rules {
		rule(e)
	}
	e.suggest()
	return Report{
		Score:       score(e.findings),
		Findings:    sortFindings(e.findings),
		Suggestions: e.suggestions,
	}
}

// rules run in the order the report lists findings of equal severity.
var rules = []func(*eval){
	countRule, textureRule, themeRule, colourRule,
	weightRule, functionalRule, rotationRule, dressCodeRule,
}

// Rule names, as Finding.Rule and Suggestion.Rule carry them.
const (
	ruleCount      = "count"
	ruleTexture    = "texture"
	ruleTheme      = "theme"
	ruleColour     = "colour"
	ruleWeight     = "weight"
	ruleFunctional = "functional"
	ruleRotation   = "rotation"
	ruleDressCode  = "dress_code"
)

// ruleRank orders findings of equal severity, and suggestions born of
// findings of equal severity.
var ruleRank = map[string]int{
	ruleCount: 0, ruleTexture: 1, ruleTheme: 2, ruleColour: 3,
	ruleWeight: 4, ruleFunctional: 5, ruleRotation: 6, ruleDressCode: 7,
}
