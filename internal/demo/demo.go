// Package demo generates Charmory's deterministic demo data set.
package demo

import (
	"context"

	"github.com/charmory/charmory/internal/db"
)

// Options control generation.
type Options struct {
	Seed   int64
	Charms int // number of charms; 0: the standard set
}

// EnsureLoaded loads the demo data set unless the database already has
// catalog data; it reports whether it loaded.
func EnsureLoaded(ctx context.Context, d *db.DB, o Options) (bool, error) { return false, nil }
