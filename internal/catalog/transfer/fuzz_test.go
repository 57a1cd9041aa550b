package transfer

import (
	"bytes"
	"io"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

// checkParsed asserts what must hold for any input: every error and row
// carries a line, a fatal error is listed, and the rows read back
// unchanged once written in the same format.
func checkParsed(t *testing.T, p *Parsed, err error, write func(io.Writer, []catalog.ImportCharm) error, read func(io.Reader) (*Parsed, error)) {
	t.Helper()
	list := p.Errors.List()
	if err != nil && len(list) == 0 {
		t.Fatalf("fatal error %v without a row error", err)
	}
	for _, e := range list {
		if e.Line < 1 {
			t.Fatalf("error without a line: %+v", e)
		}
	}
	for _, r := range p.Rows {
		if r.Line < 1 {
			t.Fatalf("row without a line: %+v", r)
		}
	}
	if err != nil {
		return
	}
	var buf bytes.Buffer
	if err := write(&buf, p.Rows); err != nil {
		t.Fatalf("write: %v", err)
	}
	again, err := read(&buf)
	if err != nil || again.Errors.Len() != 0 {
		t.Fatalf("written rows do not read back: %v %v\n%s", err, again.Errors.List(), buf.String())
	}
	if len(again.Rows) != len(p.Rows) {
		t.Fatalf("%d rows read back, %d written", len(again.Rows), len(p.Rows))
	}
	for i := range p.Rows {
		if !Same(p.Rows[i], again.Rows[i]) {
			t.Fatalf("row %d changed:\n%+v\n%+v", i, p.Rows[i], again.Rows[i])
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	var buf bytes.Buffer
	WriteCSV(&buf, sampleRows())
	f.Add(buf.String())
	f.Add("\uFEFFexternal_id,name,studio,category,list_price,currency\nb,\"B, \"\"x\"\"\r\ny\",s,plush,1.5,jpy\n")
	f.Add("external_id,name,studio,category,width_mm,nfc\nb,B,s,plush,-1,maybe\nb,B,s,plush,1,1\n")
	f.Add("external_id,name\n\"a")
	f.Add("")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := ReadCSV(bytes.NewReader([]byte(src)))
		checkParsed(t, p, err, WriteCSV, ReadCSV)
	})
}

func FuzzReadJSON(f *testing.F) {
	var buf bytes.Buffer
	WriteJSON(&buf, sampleRows())
	f.Add(buf.String())
	f.Add("\uFEFF[{\"external_id\":\"b\",\"name\":\"B\",\"studio\":\"s\",\"category\":\"plush\",\"list_price\":1.5,\"currency\":\"jpy\"}]")
	f.Add("[1,[2,{}],{\"width_mm\":\"x\",\"nfc\":null,\"materials\":[1]},{\"story\":\"\\u0000\"}]")
	f.Add("[\n{\"a\":")
	f.Add("")
	f.Fuzz(func(t *testing.T, src string) {
		p, err := ReadJSON(bytes.NewReader([]byte(src)))
		checkParsed(t, p, err, WriteJSON, ReadJSON)
	})
}
