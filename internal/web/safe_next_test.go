package web

import "testing"

func TestSafeNextStaysOnSite(t *testing.T) {
	for in, want := range map[string]string{
		"/collection/series/4#spares": "/collection/series/4#spares",
		"/charms/12?added=1":          "/charms/12?added=1",
		"":                            "/",
		"https://evil.example/":       "/",
		"//evil.example/":             "/",
		`/\evil.example/`:             "/",
		"relative/path":               "/",
		"javascript:alert(1)":         "/",
	} {
		if got := safeNext(in); got != want {
			t.Errorf("safeNext(%q) = %q, want %q", in, got, want)
		}
	}
}
