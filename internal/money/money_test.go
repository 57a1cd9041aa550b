package money

import "testing"

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		minor int64
		cur   string
		want  string
	}{
		{5900, "CNY", "¥59.00"},
		{123456789, "CNY", "¥1,234,567.89"},
		{15000, "KRW", "₩15,000"},
		{-250, "USD", "-US$2.50"},
	} {
		if got := Format(tc.minor, tc.cur); got != tc.want {
			t.Errorf("Format(%d,%s)=%q want %q", tc.minor, tc.cur, got, tc.want)
		}
	}
}

func TestParseMajor(t *testing.T) {
	good := map[string]int64{"59": 5900, "59.9": 5990, "0.05": 5, "1200": 120000}
	for s, want := range good {
		if got, err := ParseMajor(s, "CNY"); err != nil || got != want {
			t.Errorf("ParseMajor(%q)=%d,%v want %d", s, got, err, want)
		}
	}
	for _, s := range []string{"", "abc", "1.234", "-5", "1.", "1.x", "99999999999999999999", "12,5", "12abc", "1 2", "+5", "1.2.3"} {
		if _, err := ParseMajor(s, "CNY"); err == nil {
			t.Errorf("ParseMajor(%q) accepted", s)
		}
	}
	if _, err := ParseMajor("1.5", "JPY"); err == nil {
		t.Error("JPY has no decimals")
	}
}

func TestConvert(t *testing.T) {
	r := Rates{"USD": 0.14, "JPY": 21}
	if got, ok := r.Convert(10000, "CNY", "USD"); !ok || got != 1400 {
		t.Fatalf("CNY->USD %d %v", got, ok)
	}
	if got, ok := r.Convert(1400, "USD", "JPY"); !ok || got != 2100 {
		t.Fatalf("USD->JPY %d %v", got, ok)
	}
	if _, ok := r.Convert(100, "CNY", "EUR"); ok {
		t.Fatal("missing rate must not convert")
	}
}
