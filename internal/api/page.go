package api

import (
	"encoding/base64"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// Page is the shape of every collection response. Outside tools rely on
// it: keep it stable.
type Page[T any] struct {
	Items []T    `json:"items" doc:"This page's items." nullable:"false"`
	Total int    `json:"total" example:"312" doc:"Number of items across all pages."`
	Next  string `json:"next" doc:"Cursor of the following page, to pass as cursor; empty on the last page."`
}

// PageParams are the paging parameters of every collection endpoint.
// Input types embed it (huma reads parameters of exported embedded
// structs only).
type PageParams struct {
	Limit  int    `query:"limit" minimum:"1" maximum:"100" default:"24" doc:"Items per page."`
	Cursor string `query:"cursor" maxLength:"512" doc:"The next value of the previous page."`
}

// body wraps a response body for huma.
type body[T any] struct {
	Body T
}

func pageOf[T, S any](p *catalog.Page[S], conv func(*S) T) *body[Page[T]] {
	items := make([]T, len(p.Items))
	for i := range p.Items {
		items[i] = conv(&p.Items[i])
	}
	return &body[Page[T]]{Body: Page[T]{Items: items, Total: p.Total, Next: p.Next}}
}

// slicePage pages a list the service returns whole (IPs, cities, tokens,
// revisions) with the same contract as the keyset pages: the cursor names
// the key of the last item seen, so items added in front of it do not
// shift the following page. key must be unique within items.
func slicePage[T any](items []T, key func(T) string, p PageParams) (*body[Page[T]], error) {
	start := 0
	if p.Cursor != "" {
		raw, err := base64.RawURLEncoding.DecodeString(p.Cursor)
		if err != nil {
			return nil, errs.Fields("api.page", errs.FieldError{Field: "cursor", Message: "malformed cursor"})
		}
		start = -1
		for i, it := range items {
			if key(it) == string(raw) {
				start = i + 1
				break
			}
		}
		if start < 0 {
			return nil, errs.Fields("api.page", errs.FieldError{Field: "cursor", Message: "the cursor's item no longer exists; start again without a cursor"})
		}
	}
	end := min(start+p.Limit, len(items))
	if p.Limit <= 0 {
		end = len(items)
	}
	out := Page[T]{Items: list(items[start:end]), Total: len(items)}
	if end < len(items) && end > start {
		out.Next = base64.RawURLEncoding.EncodeToString([]byte(key(items[end-1])))
	}
	return &body[Page[T]]{Body: out}, nil
}
