package web

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

func signupForm(username, email, password string) url.Values {
	return url.Values{"username": {username}, "email": {email}, "display_name": {"Mei 美"}, "password": {password}, "next": {"/settings"}}
}

func TestSignup(t *testing.T) {
	t.Run("CreatesAccountSetsCookieAndLogsIn", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.browser()
		res := b.post("/signup", signupForm("mei", "mei@example.com", acctPassword)).want(t, http.StatusSeeOther)
		if res.location() != "/settings" {
			t.Errorf("redirect to %q, want /settings", res.location())
		}
		c := b.cookies[sessionCookie]
		if c == nil || c.Value == "" || !c.HttpOnly || c.MaxAge != int(sessionLifetime.Seconds()) {
			t.Fatalf("session cookie = %+v, want a 30-day HTTP-only cookie", c)
		}
		page := b.get("/settings").want(t, http.StatusOK)
		if got := page.text(t, ".user-nav .user-name"); got != "Mei 美" {
			t.Errorf("header shows %q, want the display name", got)
		}
		if got := page.text(t, ".account-facts dd"); !strings.Contains(got, "@mei") {
			t.Errorf("account facts %q lack the username", got)
		}
	})
	t.Run("ErrorsRerenderWithValuesKept", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.browser()
		res := b.post("/signup", signupForm("mei", "not-an-email", "short")).want(t, http.StatusUnprocessableEntity)
		if got := res.value(t, "#f-username"); got != "mei" {
			t.Errorf("username kept as %q", got)
		}
		if got := res.value(t, "#f-email"); got != "not-an-email" {
			t.Errorf("email kept as %q", got)
		}
		if got := res.value(t, "#f-display_name"); got != "Mei 美" {
			t.Errorf("display name kept as %q", got)
		}
		if got := res.value(t, "#f-password"); got != "" {
			t.Errorf("the password was sent back: %q", got)
		}
		if res.count(t, "#e-email") != 1 || res.count(t, "#e-password") != 1 || res.count(t, "#e-username") != 0 {
			t.Errorf("field errors: email %d, password %d, username %d; want 1, 1, 0",
				res.count(t, "#e-email"), res.count(t, "#e-password"), res.count(t, "#e-username"))
		}
		if _, ok := b.cookies[sessionCookie]; ok {
			t.Error("a failed sign-up set a session cookie")
		}
	})
	t.Run("DuplicateUsernameShowsFieldError", func(t *testing.T) {
		s := newAcctSite(t)
		s.user("mei", "collector")
		res := s.browser().post("/signup", signupForm("mei", "other@example.com", acctPassword)).want(t, http.StatusConflict)
		if got := res.text(t, "#e-username"); !strings.Contains(got, "already taken") {
			t.Errorf("username error %q, want it to say the name is taken", got)
		}
		if got := res.value(t, "#f-email"); got != "other@example.com" {
			t.Errorf("email kept as %q", got)
		}
	})
	t.Run("ErrorsInChinese", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.browser()
		b.lang = "zh-CN,zh;q=0.9"
		res := b.post("/signup", signupForm("mei", "mei@example.com", "short")).want(t, http.StatusUnprocessableEntity)
		if got := res.text(t, "h1"); got != "创建 Charmory 账号" {
			t.Errorf("heading %q", got)
		}
		if got := res.text(t, "#e-password"); got != "密码至少需要 10 个字符。" {
			t.Errorf("password error %q, want it in Chinese", got)
		}
	})
}

func TestLogin(t *testing.T) {
	t.Run("WrongPasswordIsGeneric422", func(t *testing.T) {
		s := newAcctSite(t)
		s.user("mei", "collector")
		wrongPassword := s.browser().post("/login", url.Values{"login": {"mei"}, "password": {"not-the-password"}}).want(t, http.StatusUnprocessableEntity)
		unknownUser := s.browser().post("/login", url.Values{"login": {"nobody"}, "password": {"not-the-password"}}).want(t, http.StatusUnprocessableEntity)
		msg := wrongPassword.text(t, ".alert-error")
		if !strings.Contains(msg, "username or password is wrong") {
			t.Errorf("message %q", msg)
		}
		if other := unknownUser.text(t, ".alert-error"); other != msg {
			t.Errorf("unknown user gets %q, wrong password %q: the messages must not tell them apart", other, msg)
		}
		if got := wrongPassword.value(t, "#f-login"); got != "mei" {
			t.Errorf("login kept as %q", got)
		}
	})
	t.Run("GoesBackToNext", func(t *testing.T) {
		s := newAcctSite(t)
		s.user("mei", "collector")
		res := s.browser().post("/login", url.Values{"login": {"MEI@example.com"}, "password": {acctPassword}, "next": {"/contributions"}}).want(t, http.StatusSeeOther)
		if res.location() != "/contributions" {
			t.Errorf("redirect to %q", res.location())
		}
		res = s.browser().post("/login", url.Values{"login": {"mei"}, "password": {acctPassword}, "next": {"//evil.example/"}}).want(t, http.StatusSeeOther)
		if res.location() != "/" {
			t.Errorf("redirect to %q, want / for another site", res.location())
		}
	})
	t.Run("RateLimitedAfterRepeatedFailures", func(t *testing.T) {
		s := newAcctSite(t)
		s.user("mei", "collector")
		b := s.browser()
		var res *acctResponse
		for range 10 {
			res = b.post("/login", url.Values{"login": {"mei"}, "password": {"guess-guess-guess"}})
			if res.status != http.StatusUnprocessableEntity {
				break
			}
		}
		res.want(t, http.StatusTooManyRequests)
		if res.header.Get("Retry-After") == "" {
			t.Error("no Retry-After header")
		}
		if got := res.text(t, ".alert-error"); !strings.Contains(got, "Too many failed attempts") || !strings.Contains(got, "minutes") {
			t.Errorf("message %q, want the wait in minutes", got)
		}
		if got := res.value(t, "#f-login"); got != "mei" {
			t.Errorf("login kept as %q", got)
		}
		// Even the right password waits now.
		b.post("/login", url.Values{"login": {"mei"}, "password": {acctPassword}}).want(t, http.StatusTooManyRequests)
	})
	t.Run("SignedInVisitorSkipsForm", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		if res := b.get("/login?next=/contribute").want(t, http.StatusSeeOther); res.location() != "/contribute" {
			t.Errorf("redirect to %q", res.location())
		}
	})
}

func TestLogoutEndsSession(t *testing.T) {
	s := newAcctSite(t)
	b := s.user("mei", "collector")
	old := *b.cookies[sessionCookie]
	res := b.post("/logout", nil).want(t, http.StatusSeeOther)
	if res.location() != "/" {
		t.Errorf("redirect to %q", res.location())
	}
	if _, ok := b.cookies[sessionCookie]; ok {
		t.Error("the session cookie was not cleared")
	}
	// The old cookie is dead on the server too.
	replay := s.browser()
	replay.cookies[sessionCookie] = &old
	if res := replay.get("/settings").want(t, http.StatusSeeOther); !strings.HasPrefix(res.location(), "/login") {
		t.Errorf("old session reached settings; redirect %q", res.location())
	}
}

func TestSettings(t *testing.T) {
	t.Run("RequireLogin", func(t *testing.T) {
		s := newAcctSite(t)
		res := s.browser().get("/settings").want(t, http.StatusSeeOther)
		if res.location() != "/login?next=%2Fsettings" {
			t.Errorf("redirect to %q", res.location())
		}
		s.browser().post("/settings", url.Values{"locale": {"zh-Hans"}}).want(t, http.StatusUnauthorized)
	})
	t.Run("ChineseSticksToNextPage", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		res := b.post("/settings", url.Values{"locale": {"zh-Hans"}, "currency": {"USD"}}).want(t, http.StatusSeeOther)
		if res.location() != "/settings?saved=1" {
			t.Errorf("redirect to %q", res.location())
		}
		page := b.get(res.location()).want(t, http.StatusOK)
		if lang, _ := page.doc.Find("html").Attr("lang"); lang != "zh-Hans" {
			t.Errorf("html lang %q", lang)
		}
		if got := page.text(t, "h1"); got != "设置" {
			t.Errorf("heading %q, want Chinese", got)
		}
		if got := page.text(t, ".alert-ok"); got != "偏好设置已保存。" {
			t.Errorf("confirmation %q", got)
		}
		if got, _ := page.doc.Find("#f-currency option[selected]").Attr("value"); got != "USD" {
			t.Errorf("currency selected %q", got)
		}
		// Another device, same account: the account's language wins.
		other := s.browser()
		other.cookies[sessionCookie] = b.cookies[sessionCookie]
		if got := other.get("/contributions").text(t, "h1"); got != "我的贡献" {
			t.Errorf("next page heading %q, want Chinese", got)
		}
	})
	t.Run("AutomaticFollowsBrowser", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		b.post("/settings", url.Values{"locale": {"zh-Hans"}, "currency": {"CNY"}}).want(t, http.StatusSeeOther)
		b.post("/settings", url.Values{"locale": {""}, "currency": {"CNY"}}).want(t, http.StatusSeeOther)
		if _, ok := b.cookies[langCookie]; ok {
			t.Error("automatic language kept a language cookie")
		}
		b.lang = "en-GB"
		if got := b.get("/settings").text(t, "h1"); got != "Settings" {
			t.Errorf("heading %q, want the browser's English", got)
		}
	})
	t.Run("InvalidCurrencyIs422", func(t *testing.T) {
		s := newAcctSite(t)
		b := s.user("mei", "collector")
		res := b.post("/settings", url.Values{"locale": {"en"}, "currency": {"XYZ"}}).want(t, http.StatusUnprocessableEntity)
		if res.count(t, "#e-currency") != 1 {
			t.Error("no currency error shown")
		}
	})
}

func TestCrossOriginPostIsRefused(t *testing.T) {
	s := newAcctSite(t)
	s.user("mei", "collector")
	for _, path := range []string{"/login", "/logout", "/settings/tokens", "/contribute"} {
		t.Run(strings.TrimPrefix(path, "/"), func(t *testing.T) {
			form := url.Values{"login": {"mei"}, "password": {acctPassword}, "name": {"stolen"}}
			req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			req.Header.Set("Origin", "https://evil.example")
			req.Header.Set("Sec-Fetch-Site", "cross-site")
			res := s.browser().do(req)
			if res.status != http.StatusForbidden {
				t.Fatalf("status %d, want 403", res.status)
			}
			if _, ok := res.header["Set-Cookie"]; ok {
				t.Error("a refused request set a cookie")
			}
		})
	}
}
