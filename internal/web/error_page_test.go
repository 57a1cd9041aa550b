package web

import (
	"net/http"
	"strings"
	"testing"
)

func TestErrorPage(t *testing.T) {
	h := newHarness(t)

	t.Run("HeadingIsShortAndTheMessageExplains", func(t *testing.T) {
		for _, tt := range []struct {
			path, lang     string
			status         int
			heading, shows string
		}{
			{"/no-such-page", "en", http.StatusNotFound, "Page not found", "out of date"},
			{"/no-such-page", "zh-CN", http.StatusNotFound, "页面不存在", "已失效"},
			{"/charms?sort=sideways", "en", http.StatusUnprocessableEntity, "Something in the link isn't right", "sideways"},
			{"/charms?sort=sideways", "zh-CN", http.StatusUnprocessableEntity, "链接有误", "sideways"},
		} {
			p := h.get(t, tt.path, withLang(tt.lang)).mustStatus(t, tt.status)
			if got := p.texts(".error-page h1"); len(got) != 1 || got[0] != tt.heading {
				t.Errorf("%s (%s): heading %q, want %q", tt.path, tt.lang, got, tt.heading)
			}
			if msg := strings.Join(p.texts(".error-page .error-message"), ""); !strings.Contains(msg, tt.shows) {
				t.Errorf("%s (%s): message %q does not mention %q", tt.path, tt.lang, msg, tt.shows)
			}
			if title := p.Doc.Find("title").Text(); !strings.HasPrefix(title, tt.heading) {
				t.Errorf("%s (%s): title %q does not start with the heading", tt.path, tt.lang, title)
			}
		}
	})
}
