// Package i18n is Charmory's message catalog: every UI string is looked up
// here by key, in English or Simplified Chinese.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"golang.org/x/text/language"
)

// Supported language tags, the default first.
const (
	English = "en"
	Chinese = "zh-Hans"
)

// Languages lists the supported languages in switcher order.
var Languages = []string{English, Chinese}

//go:embed locales
var locales embed.FS

// Catalog holds every message of every language.
type Catalog struct {
	messages map[string]map[string]string // lang → key → text
	matcher  language.Matcher
}

// Load reads the embedded message files: locales/<lang>/*.json, each a flat
// object of key → text. Files are split by area so they stay small.
func Load() (*Catalog, error) {
	c := &Catalog{messages: map[string]map[string]string{}}
	for _, lang := range Languages {
		msgs := map[string]string{}
		files, err := fs.Glob(locales, path.Join("locales", lang, "*.json"))
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			b, err := locales.ReadFile(f)
			if err != nil {
				return nil, err
			}
			var m map[string]string
			if err := json.Unmarshal(b, &m); err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			for k, v := range m {
				if _, dup := msgs[k]; dup {
					return nil, fmt.Errorf("%s: key %q defined twice", f, k)
				}
				msgs[k] = v
			}
		}
		c.messages[lang] = msgs
	}
	c.matcher = language.NewMatcher([]language.Tag{language.English, language.SimplifiedChinese})
	return c, nil
}

// MustLoad is Load that panics; the catalog is embedded, so a failure is a
// programming error caught by tests.
func MustLoad() *Catalog {
	c, err := Load()
	if err != nil {
		panic(err)
	}
	return c
}

// Normalize maps a user-supplied language to a supported one, or "".
func Normalize(lang string) string {
	switch strings.ToLower(lang) {
	case "en", "en-us", "en-gb":
		return English
	case "zh", "zh-hans", "zh-cn", "zh-sg":
		return Chinese
	}
	return ""
}

// Match picks the supported language for an Accept-Language header.
func (c *Catalog) Match(acceptLanguage string) string {
	tags, _, _ := language.ParseAcceptLanguage(acceptLanguage)
	if len(tags) == 0 {
		return English
	}
	_, idx, conf := c.matcher.Match(tags...)
	if conf == language.No {
		return English
	}
	return Languages[idx]
}

// T returns the message for key in lang, formatted with args (fmt verbs).
// A missing key falls back to English, then to the key itself, so a gap
// shows up on screen instead of breaking the page.
func (c *Catalog) T(lang, key string, args ...any) string {
	msg, ok := c.messages[lang][key]
	if !ok {
		if msg, ok = c.messages[English][key]; !ok {
			return key
		}
	}
	if len(args) > 0 {
		return fmt.Sprintf(msg, args...)
	}
	return msg
}

// Has reports whether key exists in lang.
func (c *Catalog) Has(lang, key string) bool {
	_, ok := c.messages[lang][key]
	return ok
}

// Keys returns the sorted keys of lang.
func (c *Catalog) Keys(lang string) []string {
	keys := make([]string, 0, len(c.messages[lang]))
	for k := range c.messages[lang] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
