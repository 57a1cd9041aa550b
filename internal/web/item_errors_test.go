package web

import (
	"strings"
	"testing"
)

// TestItemMessagesTranslate checks every message the collection service
// and the photo checks write against the tables: each becomes a message of
// its own in both languages, with its arguments in place.
func TestItemMessagesTranslate(t *testing.T) {
	s := testServer(t)
	cases := []struct {
		table    []messagePattern
		msg      string
		en, zhIn string // in the English text; in the Chinese text
	}{
		{itemFieldMessages, "is required for an item that is not in the catalog", "one-off", "名称"},
		{itemFieldMessages, "is not a catalog charm", "catalog", "图鉴"},
		{itemFieldMessages, "“kryptonite” is not a known material", "kryptonite", "kryptonite"},
		{itemFieldMessages, "must be one of mint, boxed", "Choose", "选择"},
		{itemFieldMessages, "must be a date like 2026-05-01", "2026-05-01", "2026-05-01"},
		{itemFieldMessages, "cannot be in the future", "future", "今天"},
		{itemFieldMessages, "is too long (500 characters at most)", "500", "500"},
		{itemFieldMessages, "must be 1 to 100 characters", "100", "100"},
		{itemFieldMessages, "is not one of your boxes", "boxes", "收纳盒"},
		{photoMessages, "cat.txt is not a JPEG, PNG, WebP or GIF image", "cat.txt", "cat.txt"},
		{photoMessages, "big.jpg is 12.5 MB; photos can be at most 10 MB", "12.5", "10"},
		{photoMessages, "bomb.png is 50000×50000 pixels; at most 40 megapixels", "50000×50000", "50000×50000"},
		{photoMessages, "x.png is not a readable PNG image", "PNG", "PNG"},
		{photoMessages, "an item can have at most 20 photos; this would make 23", "23", "23"},
		{photoMessages, "choose at least one photo", "at least one", "至少"},
	}
	for _, c := range cases {
		en, ok := s.translate(c.table, "en", c.msg)
		zh, ok2 := s.translate(c.table, "zh-Hans", c.msg)
		if !ok || !ok2 {
			t.Errorf("%q has no translation", c.msg)
			continue
		}
		if !strings.Contains(en, c.en) || !strings.Contains(zh, c.zhIn) || strings.Contains(en+zh, "%!") {
			t.Errorf("%q became %q and %q", c.msg, en, zh)
		}
	}
}
