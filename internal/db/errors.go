package db

import (
	"database/sql"
	"errors"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/jackc/pgx/v5/pgconn"
)

// Translate maps driver errors to errs kinds: no rows becomes NotFound,
// unique and foreign-key violations become Conflict. It wraps with op.
func Translate(op string, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return &errs.Error{Op: op, Kind: errs.NotFound, Msg: "not found", Err: err}
	}
	if IsUniqueViolation(err) {
		return &errs.Error{Op: op, Kind: errs.Conflict, Msg: "already exists", Err: err}
	}
	if isForeignKeyViolation(err) {
		return &errs.Error{Op: op, Kind: errs.Conflict, Msg: "refers to something that does not exist or is still in use", Err: err}
	}
	return errs.Wrap(op, err)
}

// IsUniqueViolation reports whether err is a unique-constraint violation on
// either engine.
func IsUniqueViolation(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return pg.Code == "23505"
	}
	return strings.Contains(err.Error(), "UNIQUE constraint failed")
}

func isForeignKeyViolation(err error) bool {
	var pg *pgconn.PgError
	if errors.As(err, &pg) {
		return pg.Code == "23503"
	}
	return strings.Contains(err.Error(), "FOREIGN KEY constraint failed")
}
