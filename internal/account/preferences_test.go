package account

import (
	"context"
	"slices"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestUpdatePreferences(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		mei := mustSignUp(t, s, "mei")
		for _, c := range []struct {
			name, locale, currency string
			wantLocale, wantCurr   string
			fields                 []string
		}{
			{"StoresCanonicalForms", "zh-hans", "usd", "zh-Hans", "USD", nil},
			{"AcceptsEnglish", "en", "KRW", "en", "KRW", nil},
			{"EmptyMeansBrowserAndDefaultCurrency", "", "", "", "CNY", nil},
			{"RejectsUnsupportedLocale", "fr", "EUR", "", "", []string{"locale"}},
			{"RejectsUnknownCurrency", "en", "DOGE", "", "", []string{"currency"}},
			{"ReportsBoth", "de", "XXX", "", "", []string{"currency", "locale"}},
		} {
			t.Run(c.name, func(t *testing.T) {
				err := s.UpdatePreferences(ctx, mei.ID, c.locale, c.currency)
				if c.fields != nil {
					wantKind(t, err, errs.Invalid)
					if got := fieldNames(err); !slices.Equal(got, c.fields) {
						t.Fatalf("fields %v, want %v", got, c.fields)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
				u, err := s.User(ctx, mei.ID)
				if err != nil || u.Locale != c.wantLocale || u.Currency != c.wantCurr {
					t.Fatalf("stored %q/%q (%v), want %q/%q", u.Locale, u.Currency, err, c.wantLocale, c.wantCurr)
				}
			})
		}
		t.Run("UnknownUserIsNotFound", func(t *testing.T) {
			wantKind(t, s.UpdatePreferences(ctx, mei.ID+1000, "en", "CNY"), errs.NotFound)
		})
	})
}
