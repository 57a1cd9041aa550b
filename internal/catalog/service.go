package catalog

import (
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/money"
)

// Page is one page of a keyset-paginated list; Next is the opaque cursor of
// the following page, empty on the last one.
type Page[T any] struct {
	Items []T    `json:"items"`
	Total int    `json:"total"`
	Next  string `json:"next"`
}

// Actor is who performs a write: a user with a role, or the system
// (UserID 0) for demo data and imports run from the CLI.
type Actor struct {
	UserID int64
	Role   string // collector, creator, moderator, admin; "" for the system
}

// CanModerate reports whether the actor may approve contributions.
func (a Actor) CanModerate() bool {
	return a.UserID == 0 || a.Role == "moderator" || a.Role == "admin"
}

// SearchResult is one page of search hits with facet counts.
type SearchResult struct {
	Charms []Charm
	Total  int
	Facets map[string][]search.FacetValue
	Next   string
}

// ImportCharm is one charm read from an import file: the charm, the line it
// came from, and its studio, IP and series named by slug.
type ImportCharm struct {
	Line       int
	Charm      Charm
	StudioSlug string
	IPSlug     string
	SeriesSlug string
}

// RowError says what is wrong with one row of an import file.
type RowError struct {
	Line    int    `json:"line"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// ImportResult reports what an import did.
type ImportResult struct {
	Created   int        `json:"created"`
	Updated   int        `json:"updated"`
	Unchanged int        `json:"unchanged"`
	Skipped   int        `json:"skipped"`
	Errors    []RowError `json:"errors,omitempty"`
}

// StudioFilter, SeriesFilter, SellerFilter and ContributionFilter narrow
// list reads; Limit defaults to 24 and is capped at 100.
type StudioFilter struct {
	Kind, Region, Cursor string
	Limit                int
}

type SeriesFilter struct {
	StudioID int64
	Kind     string
	Cursor   string
	Limit    int
}

type SellerFilter struct {
	City, Region, Kind string
	StudioID           int64
	Cursor             string
	Limit              int
}

type ContributionFilter struct {
	Status string // "" for all
	UserID int64  // 0 for all users (moderators only)
	Cursor string
	Limit  int
}

// Service is the catalog capability.
type Service struct {
	db    *db.DB
	idx   index
	now   func() time.Time
	log   *slog.Logger
	newID func() string // external ids for charms saved without one
	poll  time.Duration // how often the index feed polls the database

	started atomic.Bool

	// feedMu guards the index feed: the rate table used to price documents,
	// the start of the previous poll and the versions indexed recently.
	feedMu sync.Mutex
	rates  money.Rates
	last   time.Time
	seen   map[int64]seenVersion
}

// index is what the service needs of the search index; tests substitute a
// recording fake to check hydration independently of ranking.
type index interface {
	Upsert(docs ...search.Doc)
	Search(q search.Query) (search.Result, error)
	Len() int
}

// NewService builds the catalog service on d; now is the clock (nil: time.Now).
func NewService(d *db.DB, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{
		db:    d,
		idx:   search.New(),
		now:   now,
		log:   slog.Default(),
		newID: randomExternalID,
		poll:  pollEvery,
		rates: DefaultRates(),
		seen:  map[int64]seenVersion{},
	}
}

// SetLogger sets where the background index feed reports database errors
// (default: slog.Default()).
func (s *Service) SetLogger(l *slog.Logger) {
	if l != nil {
		s.log = l
	}
}

// clock returns the current time in UTC at the precision both engines store.
func (s *Service) clock() time.Time {
	return s.now().UTC().Truncate(time.Microsecond)
}
