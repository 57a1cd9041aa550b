package collection

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// boxNameMaxLen bounds a box name: it has to fit a printed label.
const boxNameMaxLen = 100

// boxSelect reads a box with the number of items in it.
const boxSelect = `SELECT b.id, b.owner_id, b.name, b.note, b.created_at,
	(SELECT COUNT(*) FROM items i WHERE i.box_id = b.id AND i.owner_id = b.owner_id)
FROM storage_boxes b`

func scanBox(sc scanner) (*Box, error) {
	var b Box
	if err := sc.Scan(&b.ID, &b.OwnerID, &b.Name, &b.Note, &b.CreatedAt, &b.Items); err != nil {
		return nil, err
	}
	b.CreatedAt = b.CreatedAt.UTC()
	return &b, nil
}

// Boxes lists the owner's storage boxes with item counts, by name.
func (s *Service) Boxes(ctx context.Context, owner int64) ([]Box, error) {
	const op = "boxes"
	rows, err := s.db.Query(ctx, boxSelect+` WHERE b.owner_id = $1 ORDER BY LOWER(b.name), b.id`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := []Box{}
	for rows.Next() {
		b, err := scanBox(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, *b)
	}
	return out, db.Translate(op, rows.Err())
}

// CreateBox adds a storage box. Errors: Invalid, Conflict (name taken).
func (s *Service) CreateBox(ctx context.Context, owner int64, name, note string) (*Box, error) {
	const op = "create box"
	name, note, err := boxFields(op, name, note)
	if err != nil {
		return nil, err
	}
	var id int64
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `INSERT INTO storage_boxes (owner_id, name, note, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
			owner, name, note, s.clock()).Scan(&id)
		return boxWriteErr(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Box(ctx, owner, id)
}

// UpdateBox renames a box and replaces its note. Errors: NotFound,
// Invalid, Conflict (name taken).
func (s *Service) UpdateBox(ctx context.Context, owner, id int64, name, note string) (*Box, error) {
	const op = "update box"
	name, note, err := boxFields(op, name, note)
	if err != nil {
		return nil, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE storage_boxes SET name = $1, note = $2 WHERE id = $3 AND owner_id = $4`,
			name, note, id, owner)
		if err != nil {
			return boxWriteErr(op, err)
		}
		return boxTouched(op, res)
	})
	if err != nil {
		return nil, err
	}
	return s.Box(ctx, owner, id)
}

// Box returns one of the owner's boxes. Errors: NotFound.
func (s *Service) Box(ctx context.Context, owner, id int64) (*Box, error) {
	b, err := scanBox(s.db.QueryRow(ctx, boxSelect+` WHERE b.id = $1 AND b.owner_id = $2`, id, owner))
	if err == sql.ErrNoRows {
		return nil, errs.E("box", errs.NotFound, "no such box")
	}
	return b, db.Translate("box", err)
}

// DeleteBox removes a box; its items stay, with no box. Errors: NotFound.
func (s *Service) DeleteBox(ctx context.Context, owner, id int64) error {
	const op = "delete box"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		// The schema would clear box_id too; doing it here bumps each item's
		// version, so an edit form still showing the box fails as stale
		// instead of naming a box that no longer exists.
		_, err := tx.ExecContext(ctx, `UPDATE items SET box_id = NULL, version = version + 1, updated_at = $1
			WHERE box_id = $2 AND owner_id = $3`, s.clock(), id, owner)
		if err != nil {
			return db.Translate(op, err)
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM storage_boxes WHERE id = $1 AND owner_id = $2`, id, owner)
		if err != nil {
			return db.Translate(op, err)
		}
		return boxTouched(op, res)
	})
}

// boxFields trims and checks a box's name and note.
func boxFields(op, name, note string) (string, string, error) {
	name, note = strings.TrimSpace(name), strings.TrimSpace(note)
	var fe []errs.FieldError
	if n := utf8.RuneCountInString(name); n == 0 || n > boxNameMaxLen {
		fe = append(fe, errs.FieldError{Field: "name", Message: "must be 1 to 100 characters"})
	}
	if utf8.RuneCountInString(note) > maxNoteLen {
		fe = append(fe, errs.FieldError{Field: "note", Message: "is too long (500 characters at most)"})
	}
	if len(fe) > 0 {
		return "", "", errs.Fields(op, fe...)
	}
	return name, note, nil
}

// boxWriteErr turns a taken name into a Conflict that forms can show on
// the name field.
func boxWriteErr(op string, err error) error {
	if err != nil && db.IsUniqueViolation(err) {
		return &errs.Error{Op: op, Kind: errs.Conflict, Msg: "you already have a box with that name",
			Fields: []errs.FieldError{{Field: "name", Message: "is already the name of one of your boxes"}}}
	}
	return db.Translate(op, err)
}

// boxTouched reports NotFound when a write scoped to the owner hit no box.
func boxTouched(op string, res sql.Result) error {
	n, err := res.RowsAffected()
	if err != nil {
		return db.Translate(op, err)
	}
	if n == 0 {
		return errs.E(op, errs.NotFound, "no such box")
	}
	return nil
}
