package catalog

import (
	"context"
	"database/sql"
	"runtime"
	"sync"

	"github.com/charmory/charmory/internal/catalog/search"
	"github.com/charmory/charmory/internal/db"
)

// indexSelect reads only what a search document needs, without joins: the
// initial load is dominated by per-column driver work, so it reads half
// the columns of charmSelect and resolves names from loadNames' maps.
const indexSelect = `SELECT id, version, name, name_zh, studio_id, ip_id, series_id, category,
	materials, colours, themes, release_date, list_price, currency, region, eco, description
FROM charms WHERE id >= $1 AND id <= $2`

// refNames are the names of studios, IPs and series by id.
type refNames struct{ studios, ips, series map[int64]string }

func (s *Service) loadNames(ctx context.Context) (*refNames, error) {
	n := &refNames{}
	for _, t := range []struct {
		table string
		into  *map[int64]string
	}{{"studios", &n.studios}, {"ips", &n.ips}, {"series", &n.series}} {
		m := map[int64]string{}
		rows, err := s.db.Query(ctx, `SELECT id, name FROM `+t.table) // t.table is a constant
		if err != nil {
			return nil, db.Translate("load names", err)
		}
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return nil, db.Translate("load names", err)
			}
			m[id] = name
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, db.Translate("load names", err)
		}
		*t.into = m
	}
	return n, nil
}

// loadAll streams every charm into the index, splitting the id range
// across the cores so that a million charms load in seconds.
func (s *Service) loadAll(ctx context.Context) error {
	names, err := s.loadNames(ctx)
	if err != nil {
		return err
	}
	var lo, hi sql.NullInt64
	if err := s.db.QueryRow(ctx, `SELECT MIN(id), MAX(id) FROM charms`).Scan(&lo, &hi); err != nil {
		return db.Translate("load index", err)
	}
	if !lo.Valid {
		return nil // no charms yet
	}
	parts := int64(min(max(runtime.GOMAXPROCS(0), 1), 4))
	if hi.Int64-lo.Int64 < 10_000 {
		parts = 1 // a small catalog loads faster on one connection
	}
	step := (hi.Int64-lo.Int64)/parts + 1
	// One goroutine feeds the index while the readers go on scanning, so
	// reading rows and analysing documents overlap.
	batches := make(chan []*Charm, parts)
	applied := make(chan struct{})
	var docs []search.Doc
	go func() {
		defer close(applied)
		for b := range batches {
			docs = append(docs, s.docsToIndex(b, false)...)
		}
	}()
	var wg sync.WaitGroup
	errc := make(chan error, parts)
	for from := lo.Int64; from <= hi.Int64; from += step {
		wg.Go(func() { errc <- s.loadRange(ctx, names, from, min(from+step-1, hi.Int64), batches) })
	}
	wg.Wait()
	close(batches)
	<-applied
	close(errc)
	for err := range errc {
		if err != nil {
			return err
		}
	}
	s.loadDocs(docs)
	return nil
}

// loadDocs fills an empty index in one bulk build, which sizes every list
// once; an index that already holds documents takes them as upserts.
func (s *Service) loadDocs(docs []search.Doc) {
	if b, ok := s.idx.(interface{ Build([]search.Doc) }); ok && s.idx.Len() == 0 {
		b.Build(docs)
		return
	}
	if len(docs) > 0 {
		s.idx.Upsert(docs...)
	}
}

// loadRange reads the charms with ids in [from, to] and sends them to out
// in batches.
func (s *Service) loadRange(ctx context.Context, names *refNames, from, to int64, out chan<- []*Charm) error {
	rows, err := s.db.Query(ctx, indexSelect, from, to)
	if err != nil {
		return db.Translate("load index", err)
	}
	defer rows.Close()
	batch := make([]*Charm, 0, loadBatch)
	for rows.Next() {
		c := &Charm{}
		var ipID, seriesID sql.NullInt64
		var materials, colours, themes, eco string
		err := rows.Scan(&c.ID, &c.Version, &c.Name, &c.NameZH, &c.StudioID, &ipID, &seriesID, &c.Category,
			&materials, &colours, &themes, &c.ReleaseDate, &c.ListPrice, &c.Currency, &c.Region, &eco, &c.Description)
		if err != nil {
			return db.Translate("load index", err)
		}
		c.IPID, c.SeriesID = ipID.Int64, seriesID.Int64
		c.Materials, c.Colours, c.Themes, c.Eco = splitCodes(materials), splitCodes(colours), splitCodes(themes), splitCodes(eco)
		c.StudioName, c.IPName, c.SeriesName = names.studios[c.StudioID], names.ips[c.IPID], names.series[c.SeriesID]
		// UpdatedAt stays zero: the load does not remember versions, so
		// the first poll indexes the last few seconds' rows once more.
		if batch = append(batch, c); len(batch) == loadBatch {
			out <- batch
			batch = make([]*Charm, 0, loadBatch)
		}
	}
	if len(batch) > 0 {
		out <- batch
	}
	return db.Translate("load index", rows.Err())
}
