package styling

import (
	"log/slog"
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/collection/photo"
	"github.com/charmory/charmory/internal/db"
)

// Service is the styling capability. Every method that touches a
// collector's data takes the acting user and scopes its queries to them.
type Service struct {
	db         *db.DB
	catalog    *catalog.Service
	collection *collection.Service
	photos     *photo.Store // loadout photos, shared with the collection's store
	now        func() time.Time
	log        *slog.Logger
}

// NewService builds the styling service; now is the clock (nil: time.Now).
func NewService(d *db.DB, cat *catalog.Service, col *collection.Service, photos *photo.Store, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: d, catalog: cat, collection: col, photos: photos, now: now, log: slog.New(slog.DiscardHandler)}
}

// SetLogger sets the logger.
func (s *Service) SetLogger(l *slog.Logger) { s.log = l }

func (s *Service) clock() time.Time { return s.now().UTC() }
