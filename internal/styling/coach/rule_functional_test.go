package coach

import "testing"

func TestFunctionalRule(t *testing.T) {
	pouch := pc(10, "mini pouch", useful(), theme("music"))
	tests := []struct {
		name       string
		kind       string
		placed     []Piece
		collection []Piece
		want       []string
		wantKind   string
	}{
		{"EmptySaysNothing", "backpack", nil, []Piece{pouch}, nil, ""},
		{"PresentIsGood", "backpack", append(plain(2), pc(9, "tracker holder", useful())), nil, []string{"functional_present"}, ""},
		{"MissingWithNoneOwnedIsNoted", "backpack", plain(3), nil, []string{"functional_missing"}, ""},
		{"MissingIsAddedWhenThereIsRoom", "backpack", plain(3), []Piece{pouch}, []string{"functional_missing"}, "add"},
		{"MissingIsSwappedWhenFull", "backpack", plain(5), []Piece{pouch}, []string{"functional_missing"}, "swap"},
		{"GlassesNeedNone", "glasses", []Piece{pc(1, "pearl")}, []Piece{pouch}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := input(tt.placed, tt.collection...)
			in.Carrier.Kind = tt.kind
			r := Evaluate(in)
			checkReport(t, in, r)
			wantCodes(t, r, ruleFunctional, tt.want...)
			s := suggested(r, ruleFunctional)
			switch {
			case tt.wantKind == "" && len(s) != 0:
				t.Errorf("suggestions %+v, want none", s)
			case tt.wantKind != "" && (len(s) != 1 || s[0].Kind != tt.wantKind || s[0].In != 10):
				t.Errorf("suggestions %+v, want one %s of the pouch", s, tt.wantKind)
			}
		})
	}
}
