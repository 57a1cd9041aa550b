package collection

import (
	"reflect"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/i18n"
)

func TestImportValues(t *testing.T) {
	t.Run("Prices", func(t *testing.T) {
		tests := []struct {
			in, currency string
			want         int64
			bad          bool
		}{
			{"59", "CNY", 5900, false}, {"59.9", "CNY", 5990, false}, {"¥59.90", "CNY", 5990, false},
			{"US$ 12.50", "USD", 1250, false}, {"1,280.50", "CNY", 128050, false}, {"12,000", "KRW", 12000, false},
			{"59.90 CNY", "CNY", 5990, false}, {"", "CNY", 0, false},
			{"59,90", "CNY", 0, true}, {"12.5", "JPY", 0, true}, {"-3", "CNY", 0, true}, {"abc", "CNY", 0, true},
		}
		for _, tt := range tests {
			got, msg := importPrice(tt.in, tt.currency)
			if got != tt.want || (msg != "") != tt.bad {
				t.Errorf("importPrice(%q, %s) = %d, %q", tt.in, tt.currency, got, msg)
			}
		}
	})
	t.Run("Dates", func(t *testing.T) {
		for in, want := range map[string]string{"2026-05-01": "2026-05-01", "2026/05/01": "2026-05-01", "2026/5/1": "2026-05-01",
			"2026.5.1": "2026-05-01", "": "", "01/05/2026": "bad", "2026-02-30": "bad"} {
			got, msg := importDate(in)
			if msg != "" {
				got = "bad"
			}
			if got != want {
				t.Errorf("importDate(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("VocabularyCodesAndLabels", func(t *testing.T) {
		tests := []struct{ target, in, want string }{
			{"source", "Blind box", "blind_box"}, {"source", "blind_box", "blind_box"}, {"source", "BLIND-BOX", "blind_box"},
			{"status", "On a carrier", "on_carrier"}, {"status", "Returned for recycling", "recycled"},
			{"condition", "Boxed", "boxed"}, {"visibility", "public", "public"}, {"category", "Crochet", "crochet"},
			{"category", "metal & enamel", "metal_enamel"}, {"condition", "shiny", ""},
		}
		for _, tt := range tests {
			got, msg := importVocab(tt.target, tt.in)
			if got != tt.want || (msg != "") != (tt.want == "") {
				t.Errorf("importVocab(%s, %q) = %q, %q; want %q", tt.target, tt.in, got, msg, tt.want)
			}
		}
	})
	t.Run("EveryLabelNamesItsOwnCode", func(t *testing.T) {
		msgs := i18n.MustLoad()
		for target, v := range map[string]struct {
			prefix string
			codes  []string
		}{
			"condition": {"condition.", Conditions}, "source": {"item_source.", Sources}, "status": {"item_status.", Statuses},
			"visibility": {"visibility.", Visibilities}, "category": {"category.", catalog.Categories}, "materials": {"material.", catalog.Materials},
		} {
			for _, code := range v.codes {
				for _, lang := range i18n.Languages {
					label := msgs.T(lang, v.prefix+code)
					if got, ok := importVocabCode(target, label); !ok || got != code {
						t.Errorf("%s label %q (%s) reads as %q", target, label, lang, got)
					}
				}
			}
		}
	})
	t.Run("Materials", func(t *testing.T) {
		got, msg := importMaterials("Cotton | wool yarn, cotton;enamel")
		if msg != "" || !reflect.DeepEqual(got, []string{"cotton", "wool_yarn", "enamel"}) {
			t.Errorf("materials = %v, %q", got, msg)
		}
		if _, msg := importMaterials("cotton|tin"); msg == "" {
			t.Error("tin accepted")
		}
	})
	t.Run("Quantity", func(t *testing.T) {
		for in, want := range map[string]int{"": 1, "1": 1, "100": 100, "0": -1, "101": -1, "2.5": -1} {
			got, msg := importQuantity(in)
			if msg != "" {
				got = -1
			}
			if got != want {
				t.Errorf("importQuantity(%q) = %d, want %d", in, got, want)
			}
		}
	})
}

func TestGuessMapping(t *testing.T) {
	headers, m, err := GuessMapping("\ufeffTitle;Paid;Date;Qty;Notes;Memo;Barcode\n")
	if err != nil {
		t.Fatal(err)
	}
	want := Mapping{"name": "Title", "price_paid": "Paid", "acquired_on": "Date", "quantity": "Qty", "memory": "Notes", "sku": "Barcode"}
	if len(headers) != 7 || !reflect.DeepEqual(m, want) {
		t.Errorf("guess = %v, want %v", m, want)
	}
	_, m, _ = GuessMapping(csvOf(exportColumns))
	for _, target := range ImportTargets {
		if target == "quantity" {
			continue
		}
		want := target
		if target == "charm" {
			want = "charm_external_id"
		}
		if m[target] != want {
			t.Errorf("export column for %s guessed as %q, want %q", target, m[target], want)
		}
	}
}
