package catalog

import (
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
)

func validCharm() Charm {
	return Charm{
		ExternalID: "pm-001", Name: "Lotus Lantern", StudioID: 1, Category: "cultural",
		Materials: []string{"brass", "enamel"}, Colours: []string{"gold", "red"}, Themes: []string{"heritage"},
		Eco: []string{"recycled_metal"}, Region: "east_asia", Rarity: "", ReleaseDate: "2024-02-10",
		ListPrice: 8800, Currency: "CNY", WidthMM: 40, HeightMM: 55, WeightG: 18, EditionSize: 500,
		ImageURL: "https://img.example.com/lotus.png",
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(c *Charm)
		fields []string // nil: valid
	}{
		{"ValidCharmPasses", func(c *Charm) {}, nil},
		{"OpenEditionWithoutOptionalsPasses", func(c *Charm) {
			c.Materials, c.Colours, c.Themes, c.Eco, c.Region, c.ReleaseDate, c.EditionSize, c.ImageURL = nil, nil, nil, nil, "", "", 0, ""
		}, nil},
		{"NameRequired", func(c *Charm) { c.Name = "  " }, []string{"name"}},
		{"NameAtMost200Characters", func(c *Charm) { c.Name = strings.Repeat("毛", 201) }, []string{"name"}},
		{"Name200CharactersPasses", func(c *Charm) { c.Name = strings.Repeat("毛", 200) }, nil},
		{"ExternalIDRequired", func(c *Charm) { c.ExternalID = "" }, []string{"external_id"}},
		{"ExternalIDWithoutSpaces", func(c *Charm) { c.ExternalID = "pm 001" }, []string{"external_id"}},
		{"StudioRequired", func(c *Charm) { c.StudioID = 0 }, []string{"studio_id"}},
		{"CategoryRequired", func(c *Charm) { c.Category = "" }, []string{"category"}},
		{"CategoryFromVocabulary", func(c *Charm) { c.Category = "sticker" }, []string{"category"}},
		{"MaterialsFromVocabulary", func(c *Charm) { c.Materials = []string{"brass", "unobtainium"} }, []string{"materials"}},
		{"MaterialListedTwice", func(c *Charm) { c.Materials = []string{"brass", "brass"} }, []string{"materials"}},
		{"ColoursFromVocabulary", func(c *Charm) { c.Colours = []string{"octarine"} }, []string{"colours"}},
		{"ThemesFromVocabulary", func(c *Charm) { c.Themes = []string{"Heritage"} }, []string{"themes"}},
		{"EcoFromVocabulary", func(c *Charm) { c.Eco = []string{"green"} }, []string{"eco"}},
		{"RegionFromVocabulary", func(c *Charm) { c.Region = "antarctica" }, []string{"region"}},
		{"RarityFromVocabulary", func(c *Charm) { c.Rarity = "legendary" }, []string{"rarity"}},
		{"NegativePrice", func(c *Charm) { c.ListPrice = -1 }, []string{"list_price"}},
		{"FreeCharmPasses", func(c *Charm) { c.ListPrice = 0 }, nil},
		{"CurrencyRequired", func(c *Charm) { c.Currency = "" }, []string{"currency"}},
		{"CurrencySupported", func(c *Charm) { c.Currency = "XAU" }, []string{"currency"}},
		{"CurrencyUpperCase", func(c *Charm) { c.Currency = "cny" }, []string{"currency"}},
		{"ReleaseDateFormat", func(c *Charm) { c.ReleaseDate = "10/02/2024" }, []string{"release_date"}},
		{"ReleaseDateReal", func(c *Charm) { c.ReleaseDate = "2024-02-30" }, []string{"release_date"}},
		{"ReleaseDateSane", func(c *Charm) { c.ReleaseDate = "0024-02-10" }, []string{"release_date"}},
		{"NegativeSizes", func(c *Charm) { c.WidthMM, c.HeightMM, c.WeightG = -1, -2, -3 }, []string{"width_mm", "height_mm", "weight_g"}},
		{"SizesSane", func(c *Charm) { c.WidthMM, c.WeightG = 1001, 5001 }, []string{"width_mm", "weight_g"}},
		{"NegativeEdition", func(c *Charm) { c.EditionSize = -5 }, []string{"edition_size"}},
		{"ImageURLIsWebOrPath", func(c *Charm) { c.ImageURL = "javascript:alert(1)" }, []string{"image_url"}},
		{"ImagePathPasses", func(c *Charm) { c.ImageURL = "/static/charms/lotus.png" }, nil},
		{"ProtocolRelativeImageRejected", func(c *Charm) { c.ImageURL = "//evil.example/x.png" }, []string{"image_url"}},
		{"EveryBadFieldReportedOnce", func(c *Charm) {
			c.Name, c.Category, c.Currency, c.ListPrice, c.Materials = "", "x", "x", -1, []string{"x", "y"}
		}, []string{"name", "category", "currency", "list_price", "materials"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := validCharm()
			tt.edit(&c)
			err := Validate(&c)
			if tt.fields == nil {
				if err != nil {
					t.Fatalf("want valid, got %v %v", err, errs.FieldsOf(err))
				}
				return
			}
			wantFields(t, err, tt.fields...)
		})
	}
}

func TestNormalizeCharmTidiesInput(t *testing.T) {
	c := Charm{Name: "  Lotus  ", Currency: " usd ", Materials: []string{" brass ", ""}, Colours: nil}
	normalizeCharm(&c)
	if c.Name != "Lotus" || c.Currency != "USD" || len(c.Materials) != 1 || c.Materials[0] != "brass" || c.Colours == nil {
		t.Fatalf("normalised %+v", c)
	}
	c = Charm{}
	normalizeCharm(&c)
	if c.Currency != "CNY" {
		t.Fatalf("default currency %q", c.Currency)
	}
}

func TestCursorRoundTripAndTampering(t *testing.T) {
	s := encodeCursor(42, "Shanghai", "Grain Store, \"North\"")
	c, ok, err := decodeCursor("test", s, 2)
	if err != nil || !ok || c.ID != 42 || c.Keys[0] != "Shanghai" || c.Keys[1] != "Grain Store, \"North\"" {
		t.Fatalf("round trip: %+v %v %v", c, ok, err)
	}
	if _, ok, err := decodeCursor("test", "", 2); ok || err != nil {
		t.Fatalf("empty cursor: %v %v", ok, err)
	}
	for _, bad := range []string{"%%%", s[:len(s)-3], encodeCursor(42, "one"), encodeCursor(-1, "a", "b"), strings.Repeat("A", 3000)} {
		if _, _, err := decodeCursor("test", bad, 2); !errs.Is(err, errs.Invalid) {
			t.Errorf("cursor %q accepted (%v)", bad, err)
		}
	}
}

func TestValidSlug(t *testing.T) {
	for s, want := range map[string]bool{
		"pop-mart": true, "a": true, "studio-2024": true,
		"": false, "Pop-Mart": false, "-x": false, "x-": false, "a--b": false, "über": false, "a b": false,
	} {
		if got := validSlug(s); got != want {
			t.Errorf("validSlug(%q) = %v, want %v", s, got, want)
		}
	}
}
