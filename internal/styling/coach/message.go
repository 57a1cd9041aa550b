package coach

import (
	"fmt"
	"strconv"
	"strings"
)

// messages maps every Code the coach emits, for findings and suggestions,
// to its English text: a format whose %s verbs take the Args in order.
// Pages translate the same codes with the message keys "coach.<Code>"; a
// test keeps those in step with this table.
var messages = map[string]string{
	// count
	"count_empty":        "Nothing on this carrier yet: the right number of charms for it is %s.",
	"count_too_few":      "Only %s on this carrier: %s charms suit it for your style.",
	"count_too_many":     "%s charms crowd this carrier: %s is the right number for your style.",
	"count_ok":           "The number of charms (%s) suits this carrier and your style (%s).",
	"count_one_per_side": "One charm per side keeps it balanced: one side carries more than one.",
	"add_focal":          "Add %s as a focal point.",
	"remove_extra":       "Take off %s: it fits the set least.",
	// texture
	"texture_mixed": "%s material families mixed: the textures give the set depth.",
	"texture_flat":  "All pieces are %s: a set of one texture looks flat in photos.",
	"swap_texture":  "Swap %s for %s to bring in %s and mix textures.",
	// theme
	"theme_cluster":   "The %s theme ties %s pieces together into one story.",
	"theme_related":   "The themes are related around %s: they read as one story.",
	"theme_scattered": "%s pieces without a shared theme: the set reads as a random mix.",
	"swap_theme":      "Swap %s for %s to draw the set together around the %s theme.",
	// colour
	"colour_harmony":       "The charms' colours go with the %s carrier.",
	"colour_clash":         "%s: its %s clashes with the %s carrier.",
	"colour_low_contrast":  "Every charm is close to the carrier's %s: they disappear against it.",
	"swap_colour_clash":    "Swap %s for %s, whose colours go with the %s carrier.",
	"swap_colour_contrast": "Swap %s for %s so something stands out against the %s carrier.",
	// weight
	"weight_over":    "%s g is over the %s g this carrier takes.",
	"weight_near":    "%s g is close to the %s g this carrier takes.",
	"weight_ok":      "%s g of the %s g this carrier takes: light enough.",
	"weight_unknown": "Weight unknown for %s of the pieces: the total may be higher.",
	"remove_weight":  "Take off %s (%s g) to get under the weight limit.",
	// functional
	"functional_present": "%s is useful as well as pretty.",
	"functional_missing": "No functional piece: a tracker holder or a mini pouch earns its place.",
	"add_functional":     "Add %s: useful as well as pretty.",
	"swap_functional":    "Swap %s for %s: useful as well as pretty.",
	// rotation
	"rotation_due":         "This loadout has been on for %s days (you rotate every %s): time for a change.",
	"rotation_season":      "It is %s now and this loadout dates from %s: time for seasonal pieces.",
	"swap_rotation":        "Rotate %s out for %s, last worn %s days ago.",
	"swap_rotation_unworn": "Rotate %s out for %s, never worn on a carrier yet.",
	"add_season":           "Add %s to welcome %s.",
	"swap_season":          "Swap %s for %s to welcome %s.",
	// dress code
	"dress_code_too_many":         "%s charms, but the dress code allows %s.",
	"dress_code_ok":               "Within the dress code's limit of %s.",
	"dress_code_fixed_split_ring": "%s hangs on a split ring: the dress code allows removable attachments only.",
	"dress_code_fixed_chain":      "%s hangs on a chain: the dress code allows removable attachments only.",
	"dress_code_fixed_sewn":       "%s is sewn on: the dress code allows removable attachments only.",
	"dress_code_check_attachment": "Check that %s comes off easily: the dress code allows removable attachments only.",
	"remove_dress_code":           "Take off %s to keep within the dress code.",
	"swap_removable":              "Swap %s for %s, which comes off easily.",
	"remove_fixed":                "Take off %s: it does not come off easily.",
}

// englishLabel words vocabulary codes for English sentences where the code
// itself does not read well.
var englishLabel = map[string]string{
	"material_family.soft":    "soft fabric",
	"material_family.plastic": "acrylic and resin",
	"material_family.bead":    "beads",
	"material_family.natural": "natural materials",
	"theme.kpop":              "K-pop",
	"theme.y2k":               "Y2K",
}

// vocabKinds are the vocabularies whose codes travel in Args as
// "@kind.code"; an item name that merely starts with "@" is not one.
var vocabKinds = map[string]bool{"material_family": true, "colour": true, "theme": true, "season": true}

// english renders a message in English, wording "@kind.code" args.
func english(code string, args []string) string {
	words := make([]any, len(args))
	for i, a := range args {
		words[i] = a
		key, ok := strings.CutPrefix(a, "@")
		kind, c, _ := strings.Cut(key, ".")
		if !ok || !vocabKinds[kind] {
			continue
		}
		if l, ok := englishLabel[key]; ok {
			words[i] = l
		} else {
			words[i] = strings.ReplaceAll(c, "_", " ")
		}
	}
	return fmt.Sprintf(messages[code], words...)
}

// label makes a vocabulary arg pages translate ("@colour.pink").
func label(kind, code string) string { return "@" + kind + "." + code }

// itoa formats a count or a number of grams.
func itoa[T int | int64](n T) string { return strconv.FormatInt(int64(n), 10) }

// find records a finding.
func (e *eval) find(rule string, sev Severity, code string, args ...string) {
	e.findings = append(e.findings, Finding{
		Rule: rule, Code: code, Severity: sev, Args: args, Message: english(code, args),
	})
}

// add suggests hanging in on the carrier's least crowded point.
func (e *eval) add(rule, code string, in *piece, args ...string) {
	in.point = e.freePoint()
	e.record(Suggestion{Kind: "add", In: in.ItemID, Point: in.point}, rule, code, args)
	e.claim(in.ItemID)
	e.join(in)
}

// remove suggests taking out off.
func (e *eval) remove(rule, code string, out *piece, args ...string) {
	e.record(Suggestion{Kind: "remove", Out: out.ItemID, Point: out.point}, rule, code, args)
	e.claim(out.ItemID)
	e.leave(out)
}

// swap suggests hanging in where out hangs.
func (e *eval) swap(rule, code string, out, in *piece, args ...string) {
	e.record(Suggestion{Kind: "swap", Out: out.ItemID, In: in.ItemID, Point: out.point}, rule, code, args)
	e.claim(out.ItemID)
	e.claim(in.ItemID)
	e.leave(out)
	in.point = out.point
	e.join(in)
}

// claim marks every piece with the item id as named, so a list that holds
// an item twice still sees it suggested once.
func (e *eval) claim(id int64) {
	for i := range e.placed {
		if e.placed[i].ItemID == id {
			e.placed[i].used = true
		}
	}
	for i := range e.pool {
		if e.pool[i].ItemID == id {
			e.pool[i].used = true
		}
	}
}

func (e *eval) record(s Suggestion, rule, code string, args []string) {
	s.Rule, s.Code, s.Args, s.Message = rule, code, args, english(code, args)
	e.suggestions = append(e.suggestions, s)
}
