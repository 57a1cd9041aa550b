package web

import (
	"context"
	"errors"
	"net/http"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
)

// handlerFunc is a web handler that returns its error instead of writing
// it; h renders the error page and logs once.
type handlerFunc func(w http.ResponseWriter, r *http.Request) error

// h adapts a handlerFunc, loading the session user and language first.
func (s *Server) h(fn handlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r = s.withVisitor(r)
		if err := fn(w, r); err != nil {
			s.renderError(w, r, err)
		}
	})
}

// renderError shows the error page with the status of the error's kind.
func (s *Server) renderError(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = errs.E("web", errs.TooLarge, "the form is too large")
	}
	kind := errs.KindOf(err)
	status := errs.HTTPStatus(kind)
	if kind == errs.Internal {
		s.log.Error("web handler", "path", r.URL.Path, "err", err)
	}
	if kind == errs.Unauthorized && r.Method == http.MethodGet {
		http.Redirect(w, r, "/login?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		return
	}
	heading := errorHeadings[kind]
	if heading == "" {
		heading = "error.title"
	}
	page := &ErrorPage{Base: s.base(r, heading), Status: status, Message: s.errorMessage(r, err)}
	page.Heading = page.Title
	if rerr := s.render(w, r, status, "error", page); rerr != nil {
		s.log.Error("render error page", "err", rerr)
		http.Error(w, http.StatusText(status), status)
	}
}

// errorMessage is a message a visitor can act on, in their language.
func (s *Server) errorMessage(r *http.Request, err error) string {
	lang := visitorOf(r.Context()).Lang
	switch errs.KindOf(err) {
	case errs.NotFound:
		return s.msgs.T(lang, "error.not_found")
	case errs.Forbidden:
		return s.msgs.T(lang, "error.forbidden")
	case errs.Unauthorized:
		return s.msgs.T(lang, "error.unauthorized")
	case errs.TooLarge:
		return s.msgs.T(lang, "error.too_large")
	case errs.RateLimited:
		return errs.Message(err)
	case errs.Internal:
		return s.msgs.T(lang, "error.internal")
	}
	return errs.Message(err)
}

// errorHeadings are the short headings of the error page by kind, so a
// long message never becomes the page's title; other kinds use
// "error.title".
var errorHeadings = map[errs.Kind]string{
	errs.NotFound:     "error.heading.not_found",
	errs.Invalid:      "error.heading.invalid",
	errs.Forbidden:    "error.heading.forbidden",
	errs.Unauthorized: "error.heading.unauthorized",
	errs.Conflict:     "error.heading.conflict",
	errs.TooLarge:     "error.heading.too_large",
	errs.RateLimited:  "error.heading.rate_limited",
}

// ErrorPage is the page shown for any error: a short heading, then a
// message the visitor can act on.
type ErrorPage struct {
	Base
	Status  int
	Heading string
	Message string
}

type visitorKey struct{}

// Visitor is who is looking: the signed-in user (or nil), their language,
// display currency and session token.
type Visitor struct {
	User     *account.User
	Lang     string
	Currency string
	Session  string
}

func visitorOf(ctx context.Context) *Visitor {
	if v, ok := ctx.Value(visitorKey{}).(*Visitor); ok {
		return v
	}
	return &Visitor{Lang: "en", Currency: "CNY"}
}
