package web

import (
	"net/http"
	"strconv"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
)

// loginSubmit checks the username (or email) and password, starts a
// session and goes back where the visitor was heading. A wrong pair gets
// one generic message; too many failures get the wait before the next try.
func (s *Server) loginSubmit(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return err
	}
	f := r.PostForm
	login, next := f.Get("login"), f.Get("next")
	u, err := s.deps.Accounts.Login(r.Context(), login, f.Get("password"), r.RemoteAddr)
	if err != nil {
		page := &LoginPage{Base: s.base(r, "login.title"), Login: login, Next: next}
		switch errs.KindOf(err) {
		case errs.Unauthorized:
			page.Error = page.T("login.wrong")
			return s.render(w, r, http.StatusUnprocessableEntity, "login", page)
		case errs.RateLimited:
			page.Error = page.T("login.rate_limited")
			if wait, ok := account.RetryAfter(err); ok {
				w.Header().Set("Retry-After", strconv.Itoa(int((wait+time.Second-1)/time.Second)))
				page.Error = page.T("login.rate_limited_minutes", int((wait+time.Minute-1)/time.Minute))
				if wait <= time.Minute {
					page.Error = page.T("login.rate_limited_minute")
				}
			}
			return s.render(w, r, http.StatusTooManyRequests, "login", page)
		}
		return err
	}
	if err := s.startSession(w, r, u.ID); err != nil {
		return err
	}
	http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
	return nil
}
