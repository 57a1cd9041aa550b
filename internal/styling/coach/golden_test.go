package coach

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// shelf is a collector's box of charms not on any carrier: the pool the
// golden loadouts draw suggestions from.
func shelf() []Piece {
	return []Piece{
		pc(101, "crochet strawberry", fam("knit"), theme("food", "kawaii"), colour("red", "green"), grams(12), attach("clip"), worn(today.AddDate(0, -3, 0))),
		pc(102, "enamel guitar", fam("metal"), theme("music"), colour("gold"), grams(18), attach("split_ring"), worn(today.AddDate(0, 0, -10))),
		pc(103, "AirTag bunny holder", fam("soft"), theme("animals", "kawaii"), colour("white"), grams(35), attach("carabiner"), useful()),
		pc(104, "beaded vinyl", fam("bead"), theme("music", "vintage"), colour("black", "white"), grams(9), attach("clip")),
		pc(105, "cherry blossom tassel", fam("knit"), theme("seasonal", "nature"), colour("pink"), grams(8), attach("strap"), worn(today.AddDate(-1, 0, 0))),
		pc(106, "leather initial tag", fam("leather"), theme("minimalist"), colour("brown"), grams(15), attach("clip"), worn(today.AddDate(0, 0, -20))),
		pc(107, "lip balm pouch", fam("plastic"), theme("kawaii"), colour("lavender"), grams(25), attach("clip"), useful(), worn(today.AddDate(0, -2, 0))),
		pc(108, "paper lantern", fam("natural"), theme("heritage", "seasonal"), colour("red", "gold"), grams(14), attach("clip")),
		pc(109, "mint cassette", fam("plastic"), theme("music", "y2k"), colour("mint"), grams(11), attach("chain"), worn(today.AddDate(0, 0, -45))),
		pc(110, "orange fox plush", fam("soft"), theme("animals"), colour("orange"), grams(40), attach("clip")),
	}
}

func goldenInputs() map[string]Input {
	schoolBag := Input{
		Carrier: Carrier{Kind: "backpack", Size: "L", Colour: "navy", WeightLimitG: 400, DressCode: "school", MaxCount: 2, RemovableOnly: true,
			Points: []string{"zip_pull_left", "zip_pull_right", "top_handle", "strap_left", "strap_right", "side_loop"}},
		Placed: []Piece{
			pc(1, "headphones keychain", fam("metal"), theme("music"), colour("silver"), grams(20), attach("chain"), at("zip_pull_left")),
			pc(2, "K-pop photocard holder", fam("plastic"), theme("kpop"), colour("pink"), grams(30), attach("clip"), at("zip_pull_right"), useful()),
			pc(3, "plush mic", fam("soft"), theme("music"), colour("black"), grams(45), attach(""), at("top_handle")),
		},
		Style: "balanced", Now: today, LastRotated: today.AddDate(0, 0, -12), RotationDays: 30, Hemisphere: "north",
	}
	metalTote := Input{
		Carrier: Carrier{Kind: "tote", Size: "M", Colour: "beige", WeightLimitG: 250, Points: []string{"handle_left", "handle_right", "inner_ring"}},
		Placed: []Piece{
			pc(11, "star tag", fam("metal"), theme("zodiac"), colour("gold"), grams(60), at("handle_left")),
			pc(12, "metal city tag", fam("metal"), theme("city"), colour("silver"), grams(70), at("handle_left")),
			pc(13, "enamel cat", fam("metal"), theme("sports"), colour("orange"), grams(85), at("handle_right")),
		},
		Style: "minimal", Now: today, LastRotated: today.AddDate(0, 0, -5), RotationDays: 21, Hemisphere: "north",
	}
	staleKeyring := Input{
		Carrier: Carrier{Kind: "keyring", Size: "S", Colour: "pink", WeightLimitG: 100, Points: []string{"main_ring", "side_clip"}},
		Placed: []Piece{
			pc(21, "pink heart", fam("plastic"), theme("kawaii"), colour("pink"), grams(10), at("main_ring"), attach("split_ring")),
			pc(22, "pink bow", fam("soft"), theme("kawaii"), colour("pink"), grams(6), at("main_ring"), attach("split_ring")),
			pc(23, "pink bear", fam("soft"), theme("animals", "kawaii"), colour("pink"), grams(0), at("side_clip"), attach("clip")),
		},
		Style: "balanced", Now: today, LastRotated: today.AddDate(0, 0, -75), RotationDays: 60, Hemisphere: "south",
	}
	crowdedCrossbody := Input{
		Carrier: Carrier{Kind: "crossbody", Size: "S", Colour: "green", WeightLimitG: 150, Points: []string{"strap_ring", "zip_pull", "front_loop"}},
		Placed: []Piece{
			pc(31, "lavender unicorn", fam("soft"), theme("fantasy"), colour("lavender"), grams(55), at("strap_ring")),
			pc(32, "moon charm", fam("metal"), theme("fantasy", "zodiac"), colour("gold"), grams(25), at("zip_pull")),
			pc(33, "dragon plush", fam("soft"), theme("fantasy"), colour("green"), grams(60), at("front_loop")),
			pc(34, "dice keychain", fam("plastic"), theme("gaming"), colour("navy"), grams(20), at("front_loop")),
		},
		Style: "maximalist", Now: today, RotationDays: 30, Hemisphere: "north",
	}
	return map[string]Input{
		"school_backpack":   schoolBag,
		"metal_tote":        metalTote,
		"stale_keyring":     staleKeyring,
		"crowded_crossbody": crowdedCrossbody,
	}
}

func TestGoldenReports(t *testing.T) {
	for name, in := range goldenInputs() {
		t.Run(name, func(t *testing.T) {
			in.Collection = shelf()
			r := Evaluate(in)
			checkReport(t, in, r)
			got, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s (run with -update after checking):\n%s", path, got)
			}
		})
	}
}
