package web

import (
	"errors"
	"net/url"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/i18n"
)

func testServer(t *testing.T) *Server {
	t.Helper()
	srv, err := New(Deps{})
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

func TestFieldMessageTranslatesServiceMessages(t *testing.T) {
	s := testServer(t)
	for _, tc := range []struct {
		lang, msg, want string
	}{
		{i18n.English, "is required", "This field is required."},
		{i18n.Chinese, "is required", "此项为必填。"},
		{i18n.English, "is too long (at most 200 characters)", "Use at most 200 characters."},
		{i18n.Chinese, "is too long (at most 200 characters)", "最多 200 个字符。"},
		{i18n.English, `has an unknown value "glitter"`, "“glitter” is not one of the choices."},
		{i18n.Chinese, "password must be at least 10 characters", "密码至少需要 10 个字符。"},
		{i18n.English, "this username is already taken", "This username is already taken. Please choose another."},
		{i18n.Chinese, "display name must not contain control characters", "包含不能在此使用的字符。"},
		{i18n.English, "is not a known studio", "This is no longer in the catalog. Please choose again."},
		{i18n.English, "does not exist yet", "Does not exist yet"}, // unknown: shown as written
	} {
		if got := s.fieldMessage(tc.lang, tc.msg); got != tc.want {
			t.Errorf("fieldMessage(%s, %q) = %q, want %q", tc.lang, tc.msg, got, tc.want)
		}
	}
}

func TestFormErrorsOf(t *testing.T) {
	s := testServer(t)
	t.Run("FieldsUnderTheirFieldsOthersFormWide", func(t *testing.T) {
		err := errs.Fields("op", errs.FieldError{Field: "name", Message: "is required"}, errs.FieldError{Field: "image_url", Message: "is too long"})
		fe := s.formErrorsOf(i18n.English, err, "name")
		if fe["name"] != "This field is required." || fe.Wide() != "image_url: This is too long." || !fe.OnFields() {
			t.Errorf("got %#v", fe)
		}
	})
	t.Run("ErrorWithoutFieldsIsFormWide", func(t *testing.T) {
		fe := s.formErrorsOf(i18n.English, errs.E("op", errs.Invalid, "too many tokens; revoke one first"), "name")
		if fe.Wide() != "You have too many active tokens. Revoke one you no longer use first." || fe.OnFields() {
			t.Errorf("got %#v", fe)
		}
	})
	t.Run("InternalErrorsLeakNothing", func(t *testing.T) {
		fe := s.formErrorsOf(i18n.English, errors.New("pq: connection refused"))
		if fe.Wide() != "Something broke on our side. Please try again in a moment." {
			t.Errorf("got %q", fe.Wide())
		}
	})
}

func TestMajorText(t *testing.T) {
	for _, tc := range []struct {
		minor int64
		cur   string
		want  string
	}{
		{5990, "CNY", "59.90"},
		{5, "USD", "0.05"},
		{100000, "EUR", "1000.00"},
		{1200, "JPY", "1200"},
		{0, "CNY", ""},
	} {
		if got := majorText(tc.minor, tc.cur); got != tc.want {
			t.Errorf("majorText(%d, %s) = %q, want %q", tc.minor, tc.cur, got, tc.want)
		}
	}
}

func TestFormCharm(t *testing.T) {
	s := testServer(t)
	t.Run("ParsesEveryField", func(t *testing.T) {
		f := parseCharmForm(url.Values{
			"name": {" Koi "}, "studio_id": {"4"}, "ip_id": {""}, "series_id": {"9"}, "category": {"beaded"},
			"materials": {"glass_beads", "pearl"}, "width_mm": {"28"}, "weight_g": {" 9 "}, "list_price": {"49.90"},
			"currency": {"usd"}, "edition_size": {""}, "official": {"true"}, "nfc": {""}, "note": {"shop page"},
		})
		c, fe := s.formCharm(i18n.English, f)
		if len(fe) > 0 {
			t.Fatalf("errors %v", fe)
		}
		if c.Name != "Koi" || c.StudioID != 4 || c.IPID != 0 || c.SeriesID != 9 || c.WidthMM != 28 || c.WeightG != 9 ||
			c.ListPrice != 4990 || c.Currency != "USD" || c.EditionSize != 0 || !c.Official || c.NFC ||
			!slices.Equal(c.Materials, []string{"glass_beads", "pearl"}) {
			t.Errorf("charm %+v", c)
		}
		if f.Note != "shop page" {
			t.Errorf("note %q", f.Note)
		}
	})
	t.Run("ReportsWhatDoesNotParse", func(t *testing.T) {
		f := parseCharmForm(url.Values{"width_mm": {"2.5"}, "height_mm": {"tall"}, "list_price": {"49.999"}, "currency": {"CNY"}})
		_, fe := s.formCharm(i18n.English, f)
		for _, field := range []string{"width_mm", "height_mm", "list_price"} {
			if fe[field] == "" {
				t.Errorf("no error for %s in %v", field, fe)
			}
		}
		if fe["list_price"] != "Enter an amount like 59.90." {
			t.Errorf("price error %q", fe["list_price"])
		}
	})
	t.Run("RoundTripsACharm", func(t *testing.T) {
		c := &catalog.Charm{Name: "Lantern", StudioID: 2, Category: "cultural", Materials: []string{"brass"},
			ListPrice: 6900, Currency: "CNY", EditionSize: 500, Official: true, Version: 3}
		back, fe := s.formCharm(i18n.English, fillCharmForm(c))
		if len(fe) > 0 {
			t.Fatalf("errors %v", fe)
		}
		if changes := charmChanges(c, &back); len(changes) != 0 {
			t.Errorf("a filled form changes %v", changes)
		}
	})
}

func TestGroupDigits(t *testing.T) {
	for in, want := range map[string]string{"0": "0", "999": "999", "3000": "3,000", "1234567": "1,234,567", "12a45": "12a45"} {
		if got := groupDigits(in); got != want {
			t.Errorf("groupDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeepOrder(t *testing.T) {
	got := keepOrder([]string{"gold", "red", "white"}, []string{"red", "green", "gold"})
	if want := []string{"gold", "red", "green"}; !slices.Equal(got, want) {
		t.Errorf("keepOrder = %v, want %v", got, want)
	}
}
