package search

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
)

// walk follows Next from q's page to the last and returns every id seen.
func walk(t testing.TB, x *Index, q Query) []int64 {
	t.Helper()
	var ids []int64
	for pages := 0; ; pages++ {
		if pages > 10000 {
			t.Fatalf("%+v: no last page", q)
		}
		r := mustSearch(t, x, q)
		ids = append(ids, r.IDs...)
		if r.Next == "" {
			return ids
		}
		if len(r.IDs) == 0 {
			t.Fatalf("%+v: empty page with a next cursor", q)
		}
		q.Cursor = r.Next
	}
}

// ledger is a catalog with many ties in every sort key.
func ledger() []Doc {
	names := []string{"Apple Charm", "apple charm", "Éclair", "banana", "Banana", "", "Zebra", "éclair"}
	var docs []Doc
	for i := 1; i <= 60; i++ {
		d := Doc{
			ID:        int64(i * 7 % 61), // ids not in insertion order
			Text:      []string{names[i%len(names)] + " charm", fmt.Sprintf("batch %d", i%3)},
			Name:      names[i%len(names)],
			Category:  []string{"plush", "acrylic", "beaded"}[i%3],
			Materials: []string{[]string{"cotton", "resin", "pearl", "brass"}[i%4]},
			PriceCNY:  int64(1000 * (i % 5)),
			Released:  fmt.Sprintf("202%d-0%d-01", i%4, 1+i%3),
		}
		if i%9 == 0 {
			d.Released = "" // unknown dates sort last among the newest
		}
		docs = append(docs, d)
	}
	return docs
}

// expectedOrder sorts docs the way sort s should.
func expectedOrder(docs []Doc, s string) []int64 {
	var f folder
	sorted := slices.Clone(docs)
	slices.SortFunc(sorted, func(a, b Doc) int {
		var c int
		switch s {
		case SortNewest:
			c = -cmp.Compare(parseDay(a.Released), parseDay(b.Released))
		case SortPriceAsc:
			c = cmp.Compare(a.PriceCNY, b.PriceCNY)
		case SortPriceDesc:
			c = -cmp.Compare(a.PriceCNY, b.PriceCNY)
		case SortName:
			c = strings.Compare(f.sortKey(a.Name), f.sortKey(b.Name))
		}
		return cmp.Or(c, cmp.Compare(a.ID, b.ID))
	})
	ids := make([]int64, len(sorted))
	for i, d := range sorted {
		ids[i] = d.ID
	}
	return ids
}

func TestSortsWalkEveryResultOnceInOrder(t *testing.T) {
	docs := ledger()
	x := newIndex(t, docs...)
	plush := func(ds []Doc) []Doc {
		return slices.DeleteFunc(slices.Clone(ds), func(d Doc) bool { return d.Category != "plush" })
	}
	queries := []struct {
		name string
		q    Query
		docs []Doc
	}{
		{"All", Query{}, docs},
		{"Text", Query{Text: "charm"}, docs},
		{"Filter", Query{Filters: map[string][]string{FacetCategory: {"plush"}}}, plush(docs)},
		{"TextAndFilters", Query{Text: "charm", Filters: map[string][]string{FacetCategory: {"plush"}, FacetMaterial: {"cotton", "resin", "pearl", "brass"}}}, plush(docs)},
	}
	for _, e := range engines {
		x.engine = e.mode
		for _, qq := range queries {
			for _, s := range []string{SortNewest, SortPriceAsc, SortPriceDesc, SortName} {
				for _, limit := range []int{1, 7, 100} {
					t.Run(fmt.Sprintf("%s/%s/%s/%d", e.name, qq.name, s, limit), func(t *testing.T) {
						q := qq.q
						q.Sort, q.Limit = s, limit
						if got, want := walk(t, x, q), expectedOrder(qq.docs, s); !slices.Equal(got, want) {
							t.Errorf("walk = %v\nwant   %v", got, want)
						}
					})
				}
			}
		}
	}
}

func TestRelevanceWalkCoversEveryMatchOnce(t *testing.T) {
	docs := ledger()
	x := newIndex(t, docs...)
	for _, text := range []string{"charm", "apple", "ban", "batch charm"} {
		all := mustSearch(t, x, Query{Text: text, Limit: 100})
		for _, limit := range []int{1, 4} {
			got := walk(t, x, Query{Text: text, Limit: limit})
			if !slices.Equal(got, all.IDs) {
				t.Errorf("%q by %d: %v, want one page's order %v", text, limit, got, all.IDs)
			}
		}
		if len(all.IDs) != all.Total || all.Total == 0 {
			t.Errorf("%q: %d ids of %d", text, len(all.IDs), all.Total)
		}
	}
}

func TestNameSortIgnoresCaseAndAccents(t *testing.T) {
	x := newIndex(t,
		Doc{ID: 1, Name: "banana"}, Doc{ID: 2, Name: "Apple"}, Doc{ID: 3, Name: "Éclair"},
		Doc{ID: 4, Name: "apple"}, Doc{ID: 5, Name: "Dumpling"},
	)
	r := mustSearch(t, x, Query{Sort: SortName})
	if want := []int64{2, 4, 1, 5, 3}; !slices.Equal(r.IDs, want) {
		t.Errorf("by name: %v, want %v", r.IDs, want)
	}
}

func TestPagesSurviveChangesBetweenThem(t *testing.T) {
	var docs []Doc
	for i := 1; i <= 50; i++ {
		docs = append(docs, Doc{ID: int64(i), Text: []string{"charm"}, Name: fmt.Sprint(i), PriceCNY: int64(100 * i), Category: "plush"})
	}
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) {
			x := newIndex(t, docs...)
			x.engine = e.mode
			q := Query{Text: "charm", Sort: SortPriceAsc, Limit: 5}
			r := mustSearch(t, x, q)
			seen := slices.Clone(r.IDs) // 1..5
			// Cheaper newcomers belong before the cursor: not shown.
			x.Upsert(Doc{ID: 1001, Text: []string{"charm"}, PriceCNY: 1}, Doc{ID: 1002, Text: []string{"charm"}, PriceCNY: 150})
			// Unseen charms renamed and re-priced within their place,
			// seen ones changed: neither repeated nor skipped.
			var changed []Doc
			for i := 1; i <= 40; i++ {
				d := docs[i-1]
				d.Text = []string{"charm", "edited"}
				changed = append(changed, d)
			}
			x.Upsert(changed...) // enough tombstones to compact
			x.Remove(20, 21)
			x.Upsert(Doc{ID: 2001, Text: []string{"charm"}, PriceCNY: 999999})
			for q.Cursor = r.Next; q.Cursor != ""; q.Cursor = r.Next {
				r = mustSearch(t, x, q)
				seen = append(seen, r.IDs...)
			}
			var want []int64
			for i := int64(1); i <= 50; i++ {
				if i != 20 && i != 21 {
					want = append(want, i)
				}
			}
			want = append(want, 2001)
			if !slices.Equal(seen, want) {
				t.Errorf("seen %v\nwant %v", seen, want)
			}
			if st := x.Stats(); st.Tombstones*4 >= st.Docs+st.Tombstones {
				t.Errorf("tombstones not compacted: %+v", st)
			}
		})
	}
}

func TestCursorRejectsTampering(t *testing.T) {
	x := newIndex(t, ledger()...)
	for _, s := range []string{SortRelevance, SortNewest, SortPriceAsc, SortPriceDesc, SortName} {
		q := Query{Text: "charm", Sort: s, Limit: 3}
		next := mustSearch(t, x, q).Next
		if next == "" {
			t.Fatalf("%s: no next page", s)
		}
		const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		for i := range next {
			c := alphabet[(strings.IndexByte(alphabet, next[i])+1+i)%len(alphabet)]
			q.Cursor = next[:i] + string(c) + next[i+1:]
			expectInvalid(t, x, q, "cursor")
		}
		q.Cursor = next + "A"
		expectInvalid(t, x, q, "cursor")
		q.Cursor = next[:len(next)-1]
		expectInvalid(t, x, q, "cursor")
	}
}

func TestCursorOfAnotherSortIsInvalid(t *testing.T) {
	x := newIndex(t, ledger()...)
	next := mustSearch(t, x, Query{Sort: SortPriceAsc, Limit: 2}).Next
	for _, s := range []string{SortPriceDesc, SortNewest, SortName, SortRelevance, ""} {
		expectInvalid(t, x, Query{Sort: s, Cursor: next}, "cursor")
	}
	// With text, the default sort is relevance; without, newest.
	newest := mustSearch(t, x, Query{Limit: 2}).Next
	expectInvalid(t, x, Query{Text: "charm", Cursor: newest}, "cursor")
	if _, err := x.Search(Query{Cursor: newest}); err != nil {
		t.Errorf("newest cursor on the default sort: %v", err)
	}
}

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []cursor{
		{sort: sRelevance, id: 42, num: int64(floatBits(3.25))},
		{sort: sNewest, id: 1, num: 20240315},
		{sort: sPriceAsc, id: -7, num: 0},
		{sort: sPriceDesc, id: 1 << 60, num: 1 << 40},
		{sort: sName, id: 9, str: "故宫 猫"},
		{sort: sName, id: 9, str: ""},
	} {
		enc := c.encode()
		if strings.ContainsAny(enc, "+/=") {
			t.Errorf("%q is not URL-safe", enc)
		}
		got, err := decodeCursor(enc)
		if err != nil || got != c {
			t.Errorf("decode(encode(%+v)) = %+v, %v", c, got, err)
		}
	}
}

func expectInvalid(t *testing.T, x *Index, q Query, field string) {
	t.Helper()
	_, err := x.Search(q)
	if !errs.Is(err, errs.Invalid) {
		t.Fatalf("%+v: err = %v, want Invalid", q, err)
	}
	for _, f := range errs.FieldsOf(err) {
		if f.Field == field {
			return
		}
	}
	t.Errorf("%+v: fields %v, want one on %q", q, errs.FieldsOf(err), field)
}

// seal checksums a cursor body the way encode does, to build cursors that
// pass the checksum but are malformed inside.
func seal(body ...byte) string {
	b := binary.LittleEndian.AppendUint32(body, crc32.Update(crcSeed, crcTable, body))
	return cursorText.EncodeToString(b)
}

func TestCursorRejectsMalformedBodies(t *testing.T) {
	nan := binary.AppendUvarint(nil, uint64(math.Float32bits(float32(math.NaN()))))
	tests := map[string]string{
		"WrongVersion":        seal(2, sNewest, 2, 2),
		"UnknownSort":         seal(cursorVersion, 9, 2, 2),
		"NoSort":              seal(cursorVersion, 0, 2, 2),
		"TruncatedID":         seal(cursorVersion, sNewest, 0x80),
		"TruncatedKey":        seal(cursorVersion, sNewest, 2, 0x80),
		"TrailingBytes":       seal(cursorVersion, sPriceAsc, 2, 2, 7),
		"ScoreNotANumber":     seal(append([]byte{cursorVersion, sRelevance, 2}, nan...)...),
		"ScoreTooWide":        seal(append([]byte{cursorVersion, sRelevance, 2}, binary.AppendUvarint(nil, 1<<40)...)...),
		"NameLongerThanData":  seal(cursorVersion, sName, 2, 5, 'a', 'b'),
		"NameShorterThanData": seal(cursorVersion, sName, 2, 1, 'a', 'b'),
	}
	for name, s := range tests {
		t.Run(name, func(t *testing.T) {
			if c, err := decodeCursor(s); err == nil {
				t.Errorf("decoded %+v", c)
			}
		})
	}
	if _, err := decodeCursor(seal(cursorVersion, sNewest, 2, 2)); err != nil {
		t.Errorf("well-formed sealed cursor: %v", err)
	}
}
