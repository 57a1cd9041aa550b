package coach

import (
	"slices"
	"testing"
)

func TestDressCodeRule(t *testing.T) {
	a := func(id int64, attachment string) Piece { return pc(id, "charm", attach(attachment)) }
	tests := []struct {
		name      string
		max       int
		removable bool
		placed    []Piece
		want      []string
	}{
		{"NoDressCodeSaysNothing", 0, false, []Piece{a(1, "sewn")}, nil},
		{"EmptySaysNothing", 2, true, nil, nil},
		{"AtTheLimitIsFine", 2, false, []Piece{a(1, "clip"), a(2, "clip")}, []string{"dress_code_ok"}},
		{"OneOverTheLimit", 2, false, []Piece{a(1, "clip"), a(2, "clip"), a(3, "clip")}, []string{"dress_code_too_many"}},
		{"RemovableAttachmentsPass", 0, true, []Piece{a(1, "clip"), a(2, "carabiner"), a(3, "strap")}, nil},
		{"SplitRingBreaksIt", 0, true, []Piece{a(1, "split_ring")}, []string{"dress_code_fixed_split_ring"}},
		{"ChainBreaksIt", 0, true, []Piece{a(1, "chain")}, []string{"dress_code_fixed_chain"}},
		{"SewnBreaksIt", 0, true, []Piece{a(1, "sewn")}, []string{"dress_code_fixed_sewn"}},
		{"UnknownAttachmentIsWorthChecking", 0, true, []Piece{a(1, "")}, []string{"dress_code_check_attachment"}},
		{"FixedPiecesWithoutRemovableRuleAreFine", 1, false, []Piece{a(1, "sewn")}, []string{"dress_code_ok"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.placed)
			in.Carrier.DressCode, in.Carrier.MaxCount, in.Carrier.RemovableOnly = "school", tt.max, tt.removable
			r := Evaluate(in)
			checkReport(t, in, r)
			wantCodes(t, r, ruleDressCode, tt.want...)
			for _, f := range ofRule(r, ruleDressCode) {
				want := map[string]Severity{"dress_code_ok": Good, "dress_code_check_attachment": Info}[f.Code]
				if want == "" {
					want = Problem
				}
				if f.Severity != want {
					t.Errorf("%s severity %s, want %s", f.Code, f.Severity, want)
				}
			}
		})
	}
}

func TestDressCodeSuggestions(t *testing.T) {
	t.Run("TooManyRemovesFixedPiecesFirst", func(t *testing.T) {
		in := input([]Piece{
			pc(1, "clip bear", attach("clip"), theme("kawaii")),
			pc(2, "chain tag", attach("chain"), theme("kawaii")),
			pc(3, "clip star", attach("clip")),
		})
		in.Carrier.MaxCount, in.Carrier.RemovableOnly = 1, true
		r := Evaluate(in)
		checkReport(t, in, r)
		var out []int64
		for _, s := range suggested(r, ruleDressCode) {
			out = append(out, s.Out)
		}
		// The chain tag goes first although it fits better; the fixed
		// finding then has nothing left to suggest.
		if !slices.Equal(out, []int64{2, 3}) {
			t.Errorf("removed %v, want [2 3]", out)
		}
	})
	t.Run("FixedPieceSwappedForOneThatClipsOn", func(t *testing.T) {
		in := input([]Piece{pc(1, "sewn patch", attach("sewn"), at("strap_left"))},
			pc(10, "ring charm", attach("split_ring")),
			pc(11, "mystery", attach("")),
			pc(12, "clip charm", attach("clip")),
		)
		in.Carrier.RemovableOnly = true
		r := Evaluate(in)
		checkReport(t, in, r)
		s := suggested(r, ruleDressCode)
		if len(s) != 1 || s[0].Kind != "swap" || s[0].In != 12 || s[0].Point != "strap_left" {
			t.Errorf("suggestions %+v, want the clip charm swapped in at the left strap", s)
		}
		for _, s := range r.Suggestions {
			if s.In == 10 {
				t.Errorf("suggested the split-ring charm under a removable-only code: %+v", s)
			}
		}
	})
	t.Run("FixedPieceRemovedWhenNothingClipsOn", func(t *testing.T) {
		in := input([]Piece{pc(1, "sewn patch", attach("sewn"))}, pc(10, "ring charm", attach("split_ring")))
		in.Carrier.RemovableOnly = true
		s := suggested(Evaluate(in), ruleDressCode)
		if len(s) != 1 || s[0].Kind != "remove" || s[0].Out != 1 || s[0].Code != "remove_fixed" {
			t.Errorf("suggestions %+v, want the patch taken off", s)
		}
	})
}
