package catalog

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// The index feed. Several processes may share one database, so besides
// indexing its own writes at once, each process polls for rows whose
// updated_at is at or after the start of its previous poll minus
// feedWindow. The window covers transactions that commit a little after
// the time they stamped on their rows, and modest clock differences
// between processes. Versions indexed recently are remembered so that a
// row seen twice inside the window is not indexed twice, and so that a
// slow poll can never put an older version back over a newer one.
const (
	pollEvery  = 2 * time.Second
	feedWindow = 5 * time.Second
	feedBatch  = 4096
	// loadBatch is larger: each Upsert merges its batch into the index's
	// sorted orders in one pass over them, so a million charms load in a
	// few dozen passes.
	loadBatch = 32768
)

// seenVersion is the version of a charm indexed inside the feed window.
type seenVersion struct {
	version int
	at      time.Time // the row's updated_at
}

// Start builds the search index from the database and keeps it fresh until
// ctx ends (other processes may write the same database). Conflict if it
// was already started.
func (s *Service) Start(ctx context.Context) error {
	const op = "start catalog index"
	if !s.started.CompareAndSwap(false, true) {
		return errs.E(op, errs.Conflict, "the catalog index is already started")
	}
	if err := s.loadIndex(ctx); err != nil {
		s.started.Store(false)
		return errs.Wrap(op, err)
	}
	go s.follow(ctx)
	return nil
}

// loadIndex loads the rate table, then every charm into the index.
func (s *Service) loadIndex(ctx context.Context) error {
	s.feedMu.Lock()
	s.last = s.clock()
	s.feedMu.Unlock()
	if _, err := s.syncRates(ctx, false); err != nil {
		return err
	}
	return s.loadAll(ctx)
}

// follow polls the database until ctx ends. A failed poll leaves the
// window where it was, so the next one covers what it missed.
func (s *Service) follow(ctx context.Context) {
	t := time.NewTicker(s.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.refresh(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn("catalog index refresh failed", "err", err)
			}
		}
	}
}

// refresh indexes rate changes and the rows written since the previous
// poll by this or any other process.
func (s *Service) refresh(ctx context.Context) error {
	pollStart := s.clock()
	if _, err := s.syncRates(ctx, true); err != nil {
		return err
	}
	s.feedMu.Lock()
	from := s.last.Add(-feedWindow)
	s.feedMu.Unlock()
	if err := s.feedCharms(ctx, charmSelect+` WHERE c.updated_at >= $1`, []any{from}, false); err != nil {
		return err
	}
	s.feedMu.Lock()
	defer s.feedMu.Unlock()
	s.last = pollStart
	keepFrom := pollStart.Add(-feedWindow)
	for id, v := range s.seen {
		if v.at.Before(keepFrom) {
			delete(s.seen, id)
		}
	}
	return nil
}

// feedCharms streams the charms a charmSelect query returns into the index.
func (s *Service) feedCharms(ctx context.Context, sqlText string, args []any, force bool) error {
	batch := make([]*Charm, 0, feedBatch)
	err := s.eachCharm(ctx, s.db.R, sqlText, args, func(c *Charm) error {
		batch = append(batch, c)
		if len(batch) == feedBatch {
			s.apply(batch, force)
			batch = batch[:0]
		}
		return nil
	})
	s.apply(batch, force)
	return err
}

// indexCharms puts charms this process has just written into the index,
// so its own users see their change at once. A failure is only logged: the
// write is committed and the next poll indexes it.
func (s *Service) indexCharms(ctx context.Context, ids ...int64) {
	if !s.started.Load() || len(ids) == 0 {
		return
	}
	cs, err := s.CharmsByIDs(ctx, ids)
	if err != nil {
		s.log.Warn("catalog index update failed; the next poll retries", "err", err)
		return
	}
	ptrs := make([]*Charm, len(cs))
	for i := range cs {
		ptrs[i] = &cs[i]
	}
	s.apply(ptrs, false)
}

// apply upserts the charms not yet indexed at their version (with force,
// also those indexed at the same version: their price changed). Older
// versions than the one indexed are always skipped.
func (s *Service) apply(cs []*Charm, force bool) {
	if docs := s.docsToIndex(cs, force); len(docs) > 0 {
		s.idx.Upsert(docs...)
	}
}

// docsToIndex describes the charms apply would index and records them as
// seen.
func (s *Service) docsToIndex(cs []*Charm, force bool) []search.Doc {
	if len(cs) == 0 {
		return nil
	}
	s.feedMu.Lock()
	defer s.feedMu.Unlock()
	keepFrom := s.last.Add(-feedWindow)
	docs := make([]search.Doc, 0, len(cs))
	for _, c := range cs {
		if v, ok := s.seen[c.ID]; ok && (v.version > c.Version || !force && v.version == c.Version) {
			continue
		}
		docs = append(docs, s.docFor(c))
		if !c.UpdatedAt.Before(keepFrom) {
			s.seen[c.ID] = seenVersion{version: c.Version, at: c.UpdatedAt}
		}
	}
	return docs
}

// docFor describes a charm to the index. The caller holds feedMu (rates).
func (s *Service) docFor(c *Charm) search.Doc {
	price, ok := s.rates.Convert(c.ListPrice, c.Currency, money.Default)
	if !ok {
		price = c.ListPrice // unreachable for valid charms: every supported currency has a default rate
	}
	return search.Doc{
		ID:        c.ID,
		Text:      []string{c.Name, c.NameZH, c.StudioName, c.IPName, c.SeriesName, c.Description, codesText(c.Materials), codesText(c.Themes)},
		Category:  c.Category,
		Materials: c.Materials,
		Themes:    c.Themes,
		Colours:   c.Colours,
		Eco:       c.Eco,
		StudioID:  c.StudioID,
		IPID:      c.IPID,
		SeriesID:  c.SeriesID,
		Region:    c.Region,
		Year:      c.Year(),
		PriceCNY:  price,
		PriceBand: PriceBandOf(price),
		Name:      c.Name,
		Released:  c.ReleaseDate,
	}
}

// codesText makes vocabulary codes searchable as words ("zinc_alloy" →
// "zinc alloy").
func codesText(codes []string) string {
	return strings.ReplaceAll(strings.Join(codes, " "), "_", " ")
}

// syncRates loads the rate table and returns the currencies whose rate
// changed. With reindex, the charms priced in those currencies are indexed
// again with the new rate; a currency whose reindex fails keeps its old
// rate so the next poll tries again.
func (s *Service) syncRates(ctx context.Context, reindex bool) ([]string, error) {
	rates, err := s.Rates(ctx)
	if err != nil {
		return nil, err
	}
	s.feedMu.Lock()
	old := s.rates
	var changed []string
	for cur, r := range rates {
		if old[cur] != r {
			changed = append(changed, cur)
		}
	}
	s.rates = rates
	s.feedMu.Unlock()
	slices.Sort(changed)
	if !reindex {
		return changed, nil
	}
	for _, cur := range changed {
		if err := s.feedCharms(ctx, charmSelect+` WHERE c.currency = $1`, []any{cur}, true); err != nil {
			s.feedMu.Lock()
			s.rates[cur] = old[cur]
			s.feedMu.Unlock()
			return changed, err
		}
	}
	return changed, nil
}
