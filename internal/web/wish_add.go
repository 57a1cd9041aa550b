package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// wishAdd answers POST /collection/wishlist: charm_id (or charm: an id or
// a charm page's link), priority, max_price, currency and note. It goes
// back where the form was posted from (a charm page, the series view)
// with ?added=1, or to the wishlist; a bad form shows the wishlist again
// with the message.
func (s *Server) wishAdd(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "wishAdd")
	if err != nil {
		return err
	}
	if err := r.ParseForm(); err != nil {
		return err
	}
	f := r.PostForm
	raw := f.Get("charm_id")
	if raw == "" {
		raw = f.Get("charm")
	}
	in := collection.WishInput{CharmID: charmIDOf(raw), Currency: f.Get("currency"), Note: f.Get("note")}
	in.Priority, _ = strconv.Atoi(f.Get("priority"))
	fe := formErrors{}
	if in.MaxPrice, err = parseAmount(f.Get("max_price"), currencyOr(in.Currency, u.Currency)); err != nil {
		fe.add("max_price", s.msgs.T(visitorOf(r.Context()).Lang, "wishlist.err.max_price"))
	}
	if len(fe) == 0 {
		if _, err = s.deps.Collection.AddWish(r.Context(), u.ID, in); err == nil {
			http.Redirect(w, r, withFlag(wishReturn(r), "added"), http.StatusSeeOther)
			return nil
		}
		if k := errs.KindOf(err); k != errs.Invalid && k != errs.Conflict {
			return err
		}
		fe = s.itemFormErrors(visitorOf(r.Context()).Lang, err, "charm_id", "priority", "max_price", "currency", "note")
	}
	page, perr := s.wishlistPage(r, u)
	if perr != nil {
		return perr
	}
	page.Charm, page.Errors = raw, fe
	if c := f.Get("currency"); c != "" {
		page.AddCurrency = c
	}
	return s.render(w, r, http.StatusUnprocessableEntity, "wishlist", page)
}

// charmIDOf reads a charm id from what a collector typed or pasted: "42",
// "#42" or a link to a charm page such as https://…/charms/42. Anything
// else is 0, which the service reports as not a catalog charm.
func charmIDOf(s string) int64 {
	s = strings.TrimSpace(s)
	if i := strings.LastIndex(s, "/charms/"); i >= 0 {
		s = s[i+len("/charms/"):]
	}
	s = strings.TrimPrefix(s, "#")
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 || end < len(s) && s[end] != '/' && s[end] != '?' && s[end] != '#' {
		return 0
	}
	id, err := strconv.ParseInt(s[:end], 10, 64)
	if err != nil {
		return 0
	}
	return id
}

// wishReturn is the local page an add form asked to go back to: its
// "next" field, else the referring page when it is a charm or series
// page of this site, else the wishlist.
func wishReturn(r *http.Request) string {
	if next := r.PostForm.Get("next"); next != "" {
		return safeNext(next)
	}
	if ref, err := url.Parse(r.Referer()); err == nil && (ref.Host == "" || ref.Host == r.Host) {
		if strings.HasPrefix(ref.Path, "/charms/") || strings.HasPrefix(ref.Path, "/collection/series/") {
			return safeNext(ref.Path)
		}
	}
	return "/collection/wishlist"
}

// withFlag adds flag=1 to a local URL's query, keeping what it had.
func withFlag(path, flag string) string {
	u, err := url.Parse(path)
	if err != nil {
		return path
	}
	q := u.Query()
	q.Set(flag, "1")
	u.RawQuery = q.Encode()
	return u.String()
}

// currencyOr is the currency a form gave, or def when it gave none.
func currencyOr(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}
