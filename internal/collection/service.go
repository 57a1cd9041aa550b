package collection

import (
	"log/slog"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
)

// Job kinds the collection enqueues; the app registers their handlers.
const (
	JobThumbnail = "collection.thumbnail" // payload: {"photo_id": N}
	JobSnapshots = "collection.snapshots" // monthly value snapshots of every collection
)

// Service is the collection capability. Every method that touches a
// collector's data takes the acting user and scopes its queries to them.
type Service struct {
	db      *db.DB
	catalog *catalog.Service
	photos  *photo.Store
	prices  PriceIndex // nil: list prices
	now     func() time.Time
	log     *slog.Logger
}

// NewService builds the collection service. photos stores uploaded photo
// files; now is the clock (nil: time.Now).
func NewService(d *db.DB, cat *catalog.Service, photos *photo.Store, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: d, catalog: cat, photos: photos, now: now, log: slog.New(slog.DiscardHandler)}
}

// SetLogger sets the logger for background work.
func (s *Service) SetLogger(l *slog.Logger) { s.log = l }

// SetPriceIndex makes value estimates use a price index (the marketplace's)
// instead of list prices.
func (s *Service) SetPriceIndex(p PriceIndex) { s.prices = p }

func (s *Service) clock() time.Time { return s.now().UTC() }

// today is the current date as YYYY-MM-DD in UTC.
func (s *Service) today() string { return s.clock().Format(time.DateOnly) }
