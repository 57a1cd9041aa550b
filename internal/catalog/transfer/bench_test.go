package transfer

import (
	"bytes"
	"fmt"
	"io"
	"testing"

	"github.com/charmory/charmory/internal/catalog"
)

// benchRows makes n distinct rows shaped like sampleRows.
func benchRows(n int) []catalog.ImportCharm {
	base := sampleRows()
	rows := make([]catalog.ImportCharm, n)
	for i := range rows {
		rows[i] = base[i%len(base)]
		rows[i].Charm.ExternalID = fmt.Sprintf("bench-%07d", i)
	}
	return rows
}

func benchmarkRead(b *testing.B, write func(io.Writer, []catalog.ImportCharm) error, read func(io.Reader) (*Parsed, error)) {
	const n = 10_000
	var buf bytes.Buffer
	if err := write(&buf, benchRows(n)); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		p, err := read(bytes.NewReader(buf.Bytes()))
		if err != nil || len(p.Rows) != n {
			b.Fatalf("read %d rows: %v", len(p.Rows), err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

func benchmarkWrite(b *testing.B, write func(io.Writer, []catalog.ImportCharm) error) {
	const n = 10_000
	rows := benchRows(n)
	b.ReportAllocs()
	for b.Loop() {
		if err := write(io.Discard, rows); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "rows/s")
}

func BenchmarkReadCSV(b *testing.B)   { benchmarkRead(b, WriteCSV, ReadCSV) }
func BenchmarkReadJSON(b *testing.B)  { benchmarkRead(b, WriteJSON, ReadJSON) }
func BenchmarkWriteCSV(b *testing.B)  { benchmarkWrite(b, WriteCSV) }
func BenchmarkWriteJSON(b *testing.B) { benchmarkWrite(b, WriteJSON) }
