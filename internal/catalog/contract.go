package catalog

// contract.go lists the catalog's public methods with placeholder bodies.
// Each is moved to the store file that implements it; when this file is
// empty it is deleted.

import (
	"context"

	"github.com/charmory/charmory/internal/money"
)

// CharmsByIDs returns the charms with these ids in the given order,
// skipping ids that do not exist.
func (s *Service) CharmsByIDs(ctx context.Context, ids []int64) ([]Charm, error) { return nil, errTODO }

// CharmByExternalID returns the charm with a stable external id. NotFound if none.
func (s *Service) CharmByExternalID(ctx context.Context, ext string) (*Charm, error) {
	return nil, errTODO
}

// SeriesCharms returns every charm of a series, regular figures first, then
// chase, then secret.
func (s *Service) SeriesCharms(ctx context.Context, seriesID int64) ([]Charm, error) {
	return nil, errTODO
}

// Validate checks a charm's fields and returns an Invalid error with one
// FieldError per bad field (names as in the JSON tags), or nil.
func Validate(c *Charm) error { return errTODO }

// SaveCharm creates a charm (ID 0) or updates one as a moderator or the
// system would, recording a revision with the changed fields. Invalid with
// field errors; NotFound for an unknown id; Forbidden unless the actor may
// moderate. source is "demo", "import", "contribution" or "admin".
func (s *Service) SaveCharm(ctx context.Context, a Actor, c *Charm, source string) error {
	return errTODO
}

// ImportCharms upserts charms by ExternalID in one transaction, resolving
// studio, IP and series slugs. With skipInvalid false, any bad row aborts
// the whole import and nothing is written; with it true, bad rows are
// reported in Errors and skipped. Unchanged rows write nothing. progress
// (may be nil) is called after each row.
func (s *Service) ImportCharms(ctx context.Context, a Actor, rows []ImportCharm, skipInvalid bool, progress func(done int)) (*ImportResult, error) {
	return nil, errTODO
}

// ExportCharms streams every charm, ordered by id, as import rows (slugs
// filled in) to fn.
func (s *Service) ExportCharms(ctx context.Context, fn func(ImportCharm) error) error { return errTODO }

// Revisions returns a charm's revision history, newest first.
func (s *Service) Revisions(ctx context.Context, charmID int64) ([]Revision, error) {
	return nil, errTODO
}

// Studios lists studios by name with their charm counts.
func (s *Service) Studios(ctx context.Context, f StudioFilter) (*Page[Studio], error) {
	return nil, errTODO
}

// Studio returns a studio by slug. NotFound if none.
func (s *Service) Studio(ctx context.Context, slug string) (*Studio, error) { return nil, errTODO }

// StudioByID returns a studio by id. NotFound if none.
func (s *Service) StudioByID(ctx context.Context, id int64) (*Studio, error) { return nil, errTODO }

// CreateStudio inserts a studio. Invalid or Conflict (slug taken).
func (s *Service) CreateStudio(ctx context.Context, st *Studio) error { return errTODO }

// IPs lists every IP by name.
func (s *Service) IPs(ctx context.Context) ([]IP, error) { return nil, errTODO }

// IP returns an IP by slug. NotFound if none.
func (s *Service) IP(ctx context.Context, slug string) (*IP, error) { return nil, errTODO }

// CreateIP inserts an IP. Invalid or Conflict.
func (s *Service) CreateIP(ctx context.Context, ip *IP) error { return errTODO }

// SeriesList lists series, newest release first.
func (s *Service) SeriesList(ctx context.Context, f SeriesFilter) (*Page[Series], error) {
	return nil, errTODO
}

// Series returns a series by slug. NotFound if none.
func (s *Service) Series(ctx context.Context, slug string) (*Series, error) { return nil, errTODO }

// CreateSeries inserts a series. Invalid or Conflict.
func (s *Service) CreateSeries(ctx context.Context, sr *Series) error { return errTODO }

// Sellers lists authorised sellers by city then name.
func (s *Service) Sellers(ctx context.Context, f SellerFilter) (*Page[Seller], error) {
	return nil, errTODO
}

// Seller returns a seller by slug, with the studios it is authorised for.
func (s *Service) Seller(ctx context.Context, slug string) (*Seller, error) { return nil, errTODO }

// SellerCities lists the cities that have sellers, with their regions.
func (s *Service) SellerCities(ctx context.Context) ([]City, error) { return nil, errTODO }

// CreateSeller inserts a seller with its studio links. Invalid or Conflict.
func (s *Service) CreateSeller(ctx context.Context, sl *Seller) error { return errTODO }

// Submit records a collector's contribution: a new charm (charmID 0) or an
// edit of charmID based on its current version. Invalid with field errors;
// NotFound for an unknown charm; Unauthorized for UserID 0.
func (s *Service) Submit(ctx context.Context, a Actor, charmID int64, proposed Charm, note string) (*Contribution, error) {
	return nil, errTODO
}

// Contributions lists contributions, newest first. A collector sees only
// their own (f.UserID is forced to a.UserID); moderators see everyone's.
func (s *Service) Contributions(ctx context.Context, a Actor, f ContributionFilter) (*Page[Contribution], error) {
	return nil, errTODO
}

// Contribution returns one contribution if the actor is its author or a
// moderator; NotFound otherwise (no existence leak).
func (s *Service) Contribution(ctx context.Context, a Actor, id int64) (*Contribution, error) {
	return nil, errTODO
}

// Approve applies a pending contribution as a new charm or an edit,
// recording a revision that credits the contributor. Forbidden unless a
// moderator; Conflict if it is no longer pending or the charm changed
// since the contribution's base version.
func (s *Service) Approve(ctx context.Context, a Actor, id int64, note string) (*Contribution, error) {
	return nil, errTODO
}

// Reject closes a pending contribution with a note. Forbidden unless a
// moderator; Conflict if it is no longer pending.
func (s *Service) Reject(ctx context.Context, a Actor, id int64, note string) (*Contribution, error) {
	return nil, errTODO
}

// Rates returns the configured currency rate table (units per CNY).
func (s *Service) Rates(ctx context.Context) (money.Rates, error) { return nil, errTODO }

// SetRate stores one currency's rate. Invalid for unknown currencies or
// non-positive rates.
func (s *Service) SetRate(ctx context.Context, currency string, unitsPerCNY float64) error {
	return errTODO
}

// Stats counts what the catalog holds, for the home page.
func (s *Service) Stats(ctx context.Context) (*Stats, error) { return nil, errTODO }

// City is a city with authorised sellers.
type City struct {
	Name    string `json:"name"`
	Region  string `json:"region"`
	Country string `json:"country"`
	Sellers int    `json:"sellers"`
}

// Stats are catalog totals.
type Stats struct {
	Charms, Studios, Series, Sellers, PendingContributions int
}
