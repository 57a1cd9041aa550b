package styling

import (
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestSettings(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		f := newFixture(t, d)
		t.Run("DefaultsBeforeSaving", func(t *testing.T) {
			st, err := f.S.Settings(ctxBG, f.A)
			if err != nil || *st != (Settings{Style: "balanced", RotationDays: 30, Hemisphere: "north"}) {
				t.Errorf("settings = %+v, %v", st, err)
			}
		})
		t.Run("SavesAndUpdates", func(t *testing.T) {
			for _, in := range []Settings{
				{Style: " Maximalist", RotationDays: 365, Hemisphere: "SOUTH"},
				{Style: "minimal", RotationDays: 1, Hemisphere: "north"},
			} {
				st, err := f.S.UpdateSettings(ctxBG, f.A, in)
				if err != nil {
					t.Fatal(err)
				}
				if again, _ := f.S.Settings(ctxBG, f.A); *again != *st || st.RotationDays != in.RotationDays {
					t.Errorf("read back %+v, saved %+v", again, st)
				}
			}
			if st, _ := f.S.Settings(ctxBG, f.A); st.Style != "minimal" || st.Hemisphere != "north" {
				t.Errorf("settings = %+v, want the second save", st)
			}
			if st, _ := f.S.Settings(ctxBG, f.B); st.Style != "balanced" {
				t.Errorf("B's settings changed with A's: %+v", st)
			}
		})
		tests := []struct {
			name, field string
			in          Settings
		}{
			{"UnknownStyle", "style", Settings{Style: "baroque", RotationDays: 30, Hemisphere: "north"}},
			{"NoRotation", "rotation_days", Settings{Style: "minimal", RotationDays: 0, Hemisphere: "north"}},
			{"RotationOverAYear", "rotation_days", Settings{Style: "minimal", RotationDays: 366, Hemisphere: "north"}},
			{"UnknownHemisphere", "hemisphere", Settings{Style: "minimal", RotationDays: 30, Hemisphere: "east"}},
		}
		for _, tt := range tests {
			t.Run("Rejects/"+tt.name, func(t *testing.T) {
				_, err := f.S.UpdateSettings(ctxBG, f.A, tt.in)
				wantFieldError(t, err, tt.field)
			})
		}
		t.Run("UnknownUser", func(t *testing.T) {
			if _, err := f.S.Settings(ctxBG, 99999); !errs.Is(err, errs.NotFound) {
				t.Errorf("read: %v", err)
			}
			if _, err := f.S.UpdateSettings(ctxBG, 99999, Settings{Style: "minimal", RotationDays: 9, Hemisphere: "north"}); !errs.Is(err, errs.NotFound) {
				t.Errorf("update: %v", err)
			}
		})
	})
}
