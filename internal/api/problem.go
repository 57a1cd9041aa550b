package api

// problem.go is the one place where errors become RFC 9457 problem
// documents: errs kinds map to statuses through errs.HTTPStatus, messages
// through errs.Message and field errors through errs.FieldsOf.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/errs"
)

// bearerChallenge is sent with every 401 (RFC 6750).
const bearerChallenge = `Bearer realm="charmory"`

// problem builds a problem document with the status's standard title.
func problem(status int, detail string, fields ...*huma.ErrorDetail) *huma.ErrorModel {
	return &huma.ErrorModel{Status: status, Title: http.StatusText(status), Detail: detail, Errors: fields}
}

// problemFor converts an error returned by a capability package into the
// error huma writes. Field errors are located under where: "body.",
// "body.charm." or "query.", so a client can point at the input that is
// wrong. Internal errors are logged here, once, and shown generically.
func (s *Server) problemFor(ctx context.Context, op string, err error, where string) error {
	var hs huma.StatusError
	if errors.As(err, &hs) {
		return err // already a problem, built by this package
	}
	kind := errs.KindOf(err)
	status := errs.HTTPStatus(kind)
	if kind == errs.Internal {
		s.log.ErrorContext(ctx, "api request failed", "op", op, "err", err)
	}
	var fields []*huma.ErrorDetail
	for _, f := range errs.FieldsOf(err) {
		fields = append(fields, &huma.ErrorDetail{Location: locate(where, f.Field), Message: f.Message})
	}
	p := problem(status, errs.Message(err), fields...)
	if kind == errs.Unauthorized {
		return huma.ErrorWithHeaders(p, http.Header{"WWW-Authenticate": {bearerChallenge}})
	}
	return p
}

// locate joins a location prefix and a field name: ("body.", "name") is
// "body.name"; an empty field names the whole input.
func locate(where, field string) string {
	if field == "" {
		return strings.TrimSuffix(where, ".")
	}
	return where + field
}

// fail writes err as a problem document from huma middleware, where no
// handler can return it.
func (s *Server) fail(ctx huma.Context, err error) {
	err = s.problemFor(ctx.Context(), ctx.Operation().OperationID, err, "")
	var he huma.HeadersError
	if errors.As(err, &he) {
		for k, vs := range he.GetHeaders() {
			for _, v := range vs {
				ctx.AppendHeader(k, v)
			}
		}
	}
	var p *huma.ErrorModel
	if !errors.As(err, &p) {
		p = problem(http.StatusInternalServerError, "internal error")
	}
	details := make([]error, len(p.Errors))
	for i, d := range p.Errors {
		details[i] = d
	}
	if werr := huma.WriteErr(s.api, ctx, p.Status, p.Detail, details...); werr != nil {
		s.log.WarnContext(ctx.Context(), "api: write problem", "err", werr)
	}
}

// writeProblem writes a problem document outside huma (unknown paths,
// unreadable bodies).
func writeProblem(w http.ResponseWriter, p *huma.ErrorModel) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(p)
}

// maxEcho bounds the input huma echoes back in a field error's value (it
// echoes a whole malformed body), so a bad upload is not sent back whole.
const maxEcho = 200

// trimEchoes is a huma transformer that shortens echoed input values in
// problem documents.
func trimEchoes(_ huma.Context, _ string, v any) (any, error) {
	p, ok := v.(*huma.ErrorModel)
	if !ok {
		return v, nil
	}
	for _, d := range p.Errors {
		if s, ok := d.Value.(string); ok && len(s) > maxEcho {
			cut := maxEcho
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
			d.Value = s[:cut] + "…"
		}
	}
	return p, nil
}
