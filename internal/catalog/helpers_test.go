package catalog

import (
	"context"
	"database/sql"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

var (
	system = Actor{}
	ctxBG  = context.Background()
)

// fixture is a migrated database with a catalog service, a studio, an IP,
// a series and users of every role.
type fixture struct {
	d      *db.DB
	s      *Service
	idx    *fakeIndex
	studio *Studio
	ip     *IP
	series *Series
	admin  Actor
	mod    Actor
	alice  Actor // collector
	bob    Actor // collector
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	t.Helper()
	f := &fixture{d: d}
	f.s, f.idx = newServiceWithFake(d, nil)
	f.studio = mustStudio(t, f.s, "pop-mart", "Pop Mart")
	f.ip = &IP{Slug: "labubu", Name: "Labubu", StudioID: f.studio.ID}
	if err := f.s.CreateIP(ctxBG, f.ip); err != nil {
		t.Fatalf("create ip: %v", err)
	}
	f.series = &Series{Slug: "exciting-macaron", Name: "Exciting Macaron", StudioID: f.studio.ID, IPID: f.ip.ID,
		Kind: "blind_box", ReleaseDate: "2023-10-27", BoxPrice: 9900}
	if err := f.s.CreateSeries(ctxBG, f.series); err != nil {
		t.Fatalf("create series: %v", err)
	}
	f.admin = Actor{UserID: mustUser(t, d, "ada", "admin"), Role: "admin"}
	f.mod = Actor{UserID: mustUser(t, d, "mo", "moderator"), Role: "moderator"}
	f.alice = Actor{UserID: mustUser(t, d, "alice", "collector"), Role: "collector"}
	f.bob = Actor{UserID: mustUser(t, d, "bob", "collector"), Role: "collector"}
	return f
}

// newServiceWithFake builds a service whose index is a recording fake.
func newServiceWithFake(d *db.DB, now func() time.Time) (*Service, *fakeIndex) {
	s := NewService(d, now)
	fi := &fakeIndex{docs: map[int64]search.Doc{}}
	s.idx = fi
	return s, fi
}

// mustUser inserts a user directly: accounts are another package's.
func mustUser(t testing.TB, d *db.DB, username, role string) int64 {
	t.Helper()
	var id int64
	err := d.Tx(ctxBG, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctxBG, `INSERT INTO users (username, email, password_hash, role, created_at)
			VALUES ($1, $2, 'x', $3, $4) RETURNING id`, username, username+"@example.com", role, time.Now().UTC()).Scan(&id)
	})
	if err != nil {
		t.Fatalf("insert user %s: %v", username, err)
	}
	return id
}

func mustStudio(t testing.TB, s *Service, slug, name string) *Studio {
	t.Helper()
	st := &Studio{Slug: slug, Name: name, Kind: "ip_brand", Region: "east_asia", Country: "CN", City: "Beijing"}
	if err := s.CreateStudio(ctxBG, st); err != nil {
		t.Fatalf("create studio %s: %v", slug, err)
	}
	return st
}

// sampleCharm is a valid charm of the fixture's studio.
func (f *fixture) sampleCharm(ext, name string) Charm {
	return Charm{
		ExternalID: ext, Name: name, NameZH: "心动马卡龙", StudioID: f.studio.ID, IPID: f.ip.ID, SeriesID: f.series.ID,
		Category: "plush", Materials: []string{"plush_fabric", "zinc_alloy"}, Colours: []string{"pink"},
		Themes: []string{"kawaii"}, WidthMM: 80, HeightMM: 170, WeightG: 60, ReleaseDate: "2023-10-27",
		ListPrice: 9900, Currency: "CNY", Region: "east_asia", Eco: []string{}, Official: true,
		Rarity: "regular", Description: "A vinyl-face plush pendant.",
	}
}

func (f *fixture) mustSave(t testing.TB, a Actor, c Charm) *Charm {
	t.Helper()
	if err := f.s.SaveCharm(ctxBG, a, &c, SourceAdmin); err != nil {
		t.Fatalf("save charm %q: %v", c.Name, err)
	}
	return &c
}

func wantKind(t testing.TB, err error, k errs.Kind) {
	t.Helper()
	if !errs.Is(err, k) {
		t.Fatalf("got error %v (kind %v), want kind %v", err, errs.KindOf(err), k)
	}
}

// wantFields checks err is Invalid and names exactly these fields.
func wantFields(t testing.TB, err error, fields ...string) {
	t.Helper()
	wantKind(t, err, errs.Invalid)
	var got []string
	for _, fe := range errs.FieldsOf(err) {
		got = append(got, fe.Field)
	}
	slices.Sort(got)
	slices.Sort(fields)
	if !slices.Equal(got, fields) {
		t.Fatalf("field errors %v (%v), want %v", got, errs.FieldsOf(err), fields)
	}
}

// fakeIndex records what the service feeds it and answers with a canned
// result, so hydration can be checked apart from ranking.
type fakeIndex struct {
	mu      sync.Mutex
	docs    map[int64]search.Doc
	upserts int
	result  search.Result
	err     error
	queries []search.Query
}

func (x *fakeIndex) Upsert(docs ...search.Doc) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, d := range docs {
		x.docs[d.ID] = d
		x.upserts++
	}
}

func (x *fakeIndex) Search(q search.Query) (search.Result, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.queries = append(x.queries, q)
	return x.result, x.err
}

func (x *fakeIndex) Len() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return len(x.docs)
}

func (x *fakeIndex) doc(id int64) (search.Doc, bool) {
	x.mu.Lock()
	defer x.mu.Unlock()
	d, ok := x.docs[id]
	return d, ok
}

func (x *fakeIndex) upsertCount() int {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.upserts
}
