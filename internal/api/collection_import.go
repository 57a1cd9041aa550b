package api

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/errs"
)

// ImportRequest is a CSV file with its column mapping.
type ImportRequest struct {
	CSV     string            `json:"csv" minLength:"1" doc:"The file's content: UTF-8 CSV with a header row."`
	Mapping map[string]string `json:"mapping,omitempty" example:"{\"name\":\"Title\",\"price_paid\":\"Paid\"}" doc:"Import target → the file's column header."`
	Choices map[string]int64  `json:"choices,omitempty" example:"{\"12\":345}" doc:"Line number → the charm id meant, or 0 for a one-off (import only)."`
}

// input checks the mapping's targets and the choices' line numbers,
// locating each bad one.
func (r *ImportRequest) input(op string) (collection.Mapping, map[int]int64, error) {
	var fe []errs.FieldError
	for target := range r.Mapping {
		if !slices.Contains(collection.ImportTargets, target) {
			fe = append(fe, errs.FieldError{Field: "mapping." + target, Message: "is not an import target"})
		}
	}
	choices := make(map[int]int64, len(r.Choices))
	for line, id := range r.Choices {
		n, err := strconv.Atoi(line)
		if err != nil || n < 1 {
			fe = append(fe, errs.FieldError{Field: "choices." + line, Message: "must be keyed by a line number"})
			continue
		}
		if id < 0 {
			fe = append(fe, errs.FieldError{Field: "choices." + line, Message: "must be a charm id, or 0 for a one-off"})
		}
		choices[n] = id
	}
	if len(fe) > 0 {
		slices.SortFunc(fe, func(a, b errs.FieldError) int { return cmp.Compare(a.Field, b.Field) })
		return nil, nil, errs.Fields(op, fe...)
	}
	return collection.Mapping(r.Mapping), choices, nil
}

// Candidate is a catalog charm an ambiguous row might mean.
type Candidate struct {
	CharmID    int64  `json:"charm_id" example:"1042"`
	Name       string `json:"name" example:"Lychee Berry"`
	SeriesName string `json:"series_name,omitempty"`
	StudioName string `json:"studio_name,omitempty"`
	SKU        string `json:"sku,omitempty"`
}

// ImportRow is one row of an import preview and how it matched.
type ImportRow struct {
	Line       int         `json:"line" example:"3" doc:"Line in the file; the header is line 1."`
	Value      string      `json:"value" doc:"What was matched on."`
	Match      string      `json:"match" enum:"id,sku,name,ambiguous,one_off"`
	CharmID    int64       `json:"charm_id,omitempty"`
	Name       string      `json:"name"`
	Quantity   int         `json:"quantity" example:"1" doc:"Items the row makes."`
	Candidates []Candidate `json:"candidates,omitempty" doc:"When ambiguous: the charms it might mean."`
}

// RowError says what is wrong with one row and column of an import file.
type RowError struct {
	Line    int    `json:"line" example:"3"`
	Column  string `json:"column,omitempty" example:"Paid" doc:"The file's header."`
	Field   string `json:"field,omitempty" example:"price_paid" doc:"The import target."`
	Message string `json:"message" example:"is not an amount"`
}

// ImportPreview is what an import would do.
type ImportPreview struct {
	Headers   []string    `json:"headers" nullable:"false"`
	Rows      int         `json:"rows" example:"120"`
	Items     int         `json:"items" example:"124" doc:"Items the import would create."`
	Matched   int         `json:"matched" example:"100"`
	OneOffs   int         `json:"one_offs" example:"18"`
	Ambiguous []ImportRow `json:"ambiguous" nullable:"false" doc:"Rows to resolve with choices."`
	Sample    []ImportRow `json:"sample" nullable:"false" doc:"The first rows, for a look."`
	Errors    []RowError  `json:"errors" nullable:"false" doc:"Every bad row."`
}

// ImportResult is what an import did.
type ImportResult struct {
	Rows   int        `json:"rows" example:"120"`
	Items  int        `json:"items" example:"124" doc:"Items created; 0 when any row is bad."`
	Errors []RowError `json:"errors" nullable:"false"`
}

// ImportProblem is the problem document of an import with bad rows: its
// errors locate each one, result is the whole report.
type ImportProblem struct {
	huma.ErrorModel
	Result ImportResult `json:"result"`
}

// GetStatus implements huma.StatusError.
func (p *ImportProblem) GetStatus() int { return p.Status }

func rowsOf(rs []collection.PreviewRow) []ImportRow {
	out := make([]ImportRow, len(rs))
	for i, r := range rs {
		out[i] = ImportRow{Line: r.Line, Value: r.Value, Match: r.Match, CharmID: r.CharmID, Name: r.Name,
			Quantity: r.Quantity}
		for _, c := range r.Candidates {
			out[i].Candidates = append(out[i].Candidates, Candidate(c))
		}
	}
	return out
}

func rowErrorsOf(es []collection.RowError) []RowError {
	out := make([]RowError, len(es))
	for i, e := range es {
		out[i] = RowError(e)
	}
	return out
}

type importInput struct {
	Body ImportRequest
}

func (s *Server) previewImport(ctx context.Context, in *importInput) (*body[ImportPreview], error) {
	const op = "api.previewImport"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	m, _, err := in.Body.input(op)
	if err != nil {
		return nil, err
	}
	p, err := s.deps.Collection.PreviewImport(ctx, uid, in.Body.CSV, m)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return &body[ImportPreview]{Body: ImportPreview{Headers: list(p.Headers), Rows: p.Rows, Items: p.Items,
		Matched: p.Matched, OneOffs: p.OneOffs, Ambiguous: rowsOf(p.Ambiguous), Sample: rowsOf(p.Sample),
		Errors: rowErrorsOf(p.Errors)}}, nil
}

func (s *Server) importCollection(ctx context.Context, in *importInput) (*body[ImportResult], error) {
	const op = "api.importCollection"
	uid, err := s.collector(ctx)
	if err != nil {
		return nil, err
	}
	m, choices, err := in.Body.input(op)
	if err != nil {
		return nil, err
	}
	res, err := s.deps.Collection.CommitImport(ctx, uid, in.Body.CSV, m, choices, nil)
	if err != nil {
		if res != nil && len(res.Errors) > 0 && errs.Is(err, errs.Invalid) {
			return nil, badRows(res)
		}
		return nil, errs.Wrap(op, err)
	}
	return &body[ImportResult]{Body: ImportResult{Rows: res.Rows, Items: res.Items, Errors: rowErrorsOf(res.Errors)}}, nil
}

// badRows is the 422 of an import refused for bad rows: one located error
// per bad cell, "body.csv[line 3].price_paid", and the report.
func badRows(res *collection.ImportResult) *ImportProblem {
	p := &ImportProblem{Result: ImportResult{Rows: res.Rows, Items: res.Items, Errors: rowErrorsOf(res.Errors)}}
	detail := "a row of the file is invalid; nothing was imported"
	if n := len(distinctLines(res.Errors)); n > 1 {
		detail = fmt.Sprintf("%d rows of the file are invalid; nothing was imported", n)
	}
	p.ErrorModel = *problem(http.StatusUnprocessableEntity, detail)
	for _, e := range res.Errors {
		where := fmt.Sprintf("body.csv[line %d]", e.Line)
		if e.Field != "" {
			where += "." + e.Field
		} else if e.Column != "" {
			where += "." + e.Column
		}
		msg := e.Message
		if e.Column != "" {
			msg = fmt.Sprintf("column %q: %s", e.Column, e.Message)
		}
		p.Errors = append(p.Errors, &huma.ErrorDetail{Location: where, Message: msg})
	}
	return p
}

func distinctLines(es []collection.RowError) map[int]bool {
	lines := make(map[int]bool, len(es))
	for _, e := range es {
		lines[e.Line] = true
	}
	return lines
}
