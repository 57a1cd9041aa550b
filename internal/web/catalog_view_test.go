package web

import (
	"testing"
	"time"

	"github.com/charmory/charmory/internal/i18n"
)

func TestCountry(t *testing.T) {
	for _, tt := range []struct{ lang, code, want string }{
		{i18n.English, "TH", "Thailand"},
		{i18n.Chinese, "TH", "泰国"},
		{i18n.English, "HK", "Hong Kong"},
		{i18n.Chinese, "HK", "中国香港"},
		{i18n.Chinese, "CN", "中国"},
		{i18n.English, "Norway", "Norway"},
		{i18n.Chinese, "", ""},
	} {
		if got := (Base{Lang: tt.lang}).Country(tt.code); got != tt.want {
			t.Errorf("Country(%q) in %s = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}

func TestDatesReadAlikeInEachLanguage(t *testing.T) {
	at := time.Date(2026, 5, 18, 9, 5, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, date, dateTime string }{
		{i18n.English, "18 May 2026", "18 May 2026, 09:05 UTC"},
		{i18n.Chinese, "2026年5月18日", "2026年5月18日 09:05（UTC）"},
	} {
		b := Base{Lang: tt.lang}
		if got := b.Date(at); got != tt.date {
			t.Errorf("Date in %s = %q, want %q", tt.lang, got, tt.date)
		}
		if got := b.DateTime(at); got != tt.dateTime {
			t.Errorf("DateTime in %s = %q, want %q", tt.lang, got, tt.dateTime)
		}
		if got := dateIn(tt.lang, time.Time{}); got != "" {
			t.Errorf("a zero time in %s formats as %q", tt.lang, got)
		}
	}
}
