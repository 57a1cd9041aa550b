package collection

import (
	"context"
	"database/sql"
	"path"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/collection/csvmap"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Staged import files are kept a day at most, and a few per owner.
const (
	stagedTTL      = 24 * time.Hour
	stagedPerOwner = 5
	stagedNameMax  = 200
)

// StageImport keeps an uploaded import file until the owner has mapped its
// columns and confirmed; returns its id. Errors: Invalid (not CSV, empty),
// TooLarge.
func (s *Service) StageImport(ctx context.Context, owner int64, filename, content string) (int64, error) {
	const op = "stage import"
	if len(content) > csvmap.MaxBytes {
		return 0, errs.Ef(op, errs.TooLarge, "the file is larger than %d MB", csvmap.MaxBytes>>20)
	}
	content, err := decodeContent(content)
	if err != nil {
		return 0, errs.Wrap(op, err)
	}
	if _, err := csvmap.Headers(strings.NewReader(content)); err != nil {
		return 0, errs.Wrap(op, err)
	}
	now := s.clock()
	var id int64
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		// Files nobody confirmed within a day are abandoned; whoever stages
		// next clears them, so no job is needed.
		if _, err := tx.ExecContext(ctx, `DELETE FROM collection_imports WHERE created_at < $1`, now.Add(-stagedTTL)); err != nil {
			return db.Translate(op, err)
		}
		// Keep the owner's newest few, so repeated uploads cannot pile up.
		if _, err := tx.ExecContext(ctx, `DELETE FROM collection_imports WHERE owner_id = $1 AND id NOT IN
				(SELECT id FROM collection_imports WHERE owner_id = $1 ORDER BY id DESC LIMIT $2)`, owner, stagedPerOwner-1); err != nil {
			return db.Translate(op, err)
		}
		err := tx.QueryRowContext(ctx, `INSERT INTO collection_imports (owner_id, filename, content, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
			owner, stagedFilename(filename), content, now).Scan(&id)
		return db.Translate(op, err)
	})
	return id, err
}

// stagedFilename keeps the base name of an upload, shortened.
func stagedFilename(name string) string {
	name = strings.TrimSpace(path.Base(strings.ReplaceAll(name, `\`, "/")))
	if name == "" || name == "." || name == "/" || !utf8.ValidString(name) {
		return "import.csv"
	}
	if utf8.RuneCountInString(name) > stagedNameMax {
		name = string([]rune(name)[:stagedNameMax])
	}
	return name
}

// StagedImport returns a staged file of the owner's. Errors: NotFound.
func (s *Service) StagedImport(ctx context.Context, owner, id int64) (filename, content string, err error) {
	const op = "staged import"
	err = s.db.QueryRow(ctx, `SELECT filename, content FROM collection_imports WHERE id = $1 AND owner_id = $2 AND created_at >= $3`,
		id, owner, s.clock().Add(-stagedTTL)).Scan(&filename, &content)
	if err == sql.ErrNoRows {
		return "", "", errs.E(op, errs.NotFound, "no such import file; it may have expired, upload it again")
	}
	return filename, content, db.Translate(op, err)
}

// DiscardImport deletes a staged file. Errors: NotFound.
func (s *Service) DiscardImport(ctx context.Context, owner, id int64) error {
	const op = "discard import"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM collection_imports WHERE id = $1 AND owner_id = $2`, id, owner)
		if err != nil {
			return db.Translate(op, err)
		}
		if n, err := res.RowsAffected(); err != nil {
			return db.Translate(op, err)
		} else if n == 0 {
			return errs.E(op, errs.NotFound, "no such import file")
		}
		return nil
	})
}
