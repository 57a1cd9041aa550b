package i18n

import (
	"strings"
	"testing"
)

func TestEveryLanguageHasEveryKey(t *testing.T) {
	c := MustLoad()
	for _, lang := range Languages {
		for _, other := range Languages {
			for _, k := range c.Keys(other) {
				if !c.Has(lang, k) {
					t.Errorf("%s lacks key %q (present in %s)", lang, k, other)
				}
			}
		}
	}
}

func TestPlaceholdersAgree(t *testing.T) {
	c := MustLoad()
	for _, k := range c.Keys(English) {
		en, zh := c.T(English, k), c.T(Chinese, k)
		if strings.Count(en, "%") != strings.Count(zh, "%") {
			t.Errorf("key %q: placeholders differ: %q vs %q", k, en, zh)
		}
	}
}

func TestMatch(t *testing.T) {
	c := MustLoad()
	for header, want := range map[string]string{
		"":                        English,
		"zh-CN,zh;q=0.9,en;q=0.8": Chinese,
		"zh-Hans":                 Chinese,
		"en-US,en;q=0.9":          English,
		"fr-FR":                   English,
		"de;q=0.9,zh;q=0.8":       Chinese,
	} {
		if got := c.Match(header); got != want {
			t.Errorf("Match(%q) = %q, want %q", header, got, want)
		}
	}
}

func TestTFallsBack(t *testing.T) {
	c := MustLoad()
	if got := c.T(Chinese, "no.such.key"); got != "no.such.key" {
		t.Fatalf("missing key rendered %q", got)
	}
}
