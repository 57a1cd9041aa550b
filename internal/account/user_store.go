package account

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// userColumns are the columns scanUser reads, from users aliased as u.
const userColumns = `u.id, u.username, u.email, u.display_name, u.role, u.locale, u.currency, u.created_at`

// rowScanner is a *sql.Row or *sql.Rows.
type rowScanner interface{ Scan(dest ...any) error }

// scanUser reads userColumns, followed by extra destinations.
func scanUser(r rowScanner, extra ...any) (*User, error) {
	var u User
	dest := append([]any{&u.ID, &u.Username, &u.Email, &u.DisplayName, &u.Role, &u.Locale, &u.Currency, &u.CreatedAt}, extra...)
	if err := r.Scan(dest...); err != nil {
		return nil, err
	}
	u.CreatedAt = u.CreatedAt.UTC()
	return &u, nil
}

// User returns a user by id. NotFound if none.
func (s *Service) User(ctx context.Context, id int64) (*User, error) {
	row := s.db.R.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users u WHERE u.id = $1`, id)
	u, err := scanUser(row)
	if err != nil {
		return nil, db.Translate("account.User", err)
	}
	return u, nil
}

// UserByUsername returns a user by username. NotFound if none.
func (s *Service) UserByUsername(ctx context.Context, username string) (*User, error) {
	row := s.db.R.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users u WHERE u.username = $1`, normalizeUsername(username))
	u, err := scanUser(row)
	if err != nil {
		return nil, db.Translate("account.UserByUsername", err)
	}
	return u, nil
}

// Page sizes of Users.
const (
	defaultUsersPage = 50
	maxUsersPage     = 500
)

// Users lists users by id with keyset pagination (admin).
// The cursor is the one returned by the previous page ("" for the first);
// the returned cursor is "" after the last page. Invalid for a bad cursor.
func (s *Service) Users(ctx context.Context, cursor string, limit int) ([]User, string, error) {
	const op = "account.Users"
	var after int64
	if cursor != "" {
		n, err := strconv.ParseInt(cursor, 10, 64)
		if err != nil || n < 0 {
			return nil, "", errs.E(op, errs.Invalid, "bad cursor")
		}
		after = n
	}
	if limit <= 0 {
		limit = defaultUsersPage
	}
	limit = min(limit, maxUsersPage)
	rows, err := s.db.R.QueryContext(ctx, `SELECT `+userColumns+` FROM users u WHERE u.id > $1 ORDER BY u.id LIMIT $2`, after, limit+1)
	if err != nil {
		return nil, "", db.Translate(op, err)
	}
	defer rows.Close()
	var users []User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, "", db.Translate(op, err)
		}
		users = append(users, *u)
	}
	if err := rows.Err(); err != nil {
		return nil, "", db.Translate(op, err)
	}
	next := ""
	if len(users) > limit {
		users = users[:limit]
		next = strconv.FormatInt(users[limit-1].ID, 10)
	}
	return users, next, nil
}

// SetRole changes a user's role. Invalid for unknown roles; NotFound.
func (s *Service) SetRole(ctx context.Context, username, role string) error {
	const op = "account.SetRole"
	role = strings.ToLower(strings.TrimSpace(role))
	if !ValidRole(role) {
		return errs.Fields(op, errs.FieldError{Field: "role", Message: "role must be one of collector, creator, moderator, admin"})
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET role = $1 WHERE username = $2`, role, normalizeUsername(username))
		return expectOne(op, res, err)
	})
}

// SetPassword replaces a user's password (CLI). Invalid if too weak.
// It also ends every session of the user: a reset password usually means
// the old one was lost or leaked. NotFound for an unknown username.
func (s *Service) SetPassword(ctx context.Context, username, password string) error {
	const op = "account.SetPassword"
	u, err := s.UserByUsername(ctx, username)
	if err != nil {
		return errs.Wrap(op, err)
	}
	if msg := checkPassword(password, u.Username, u.Email); msg != "" {
		return errs.Fields(op, errs.FieldError{Field: "password", Message: msg})
	}
	hash, err := s.hash.hash(ctx, password, s.rand)
	if err != nil {
		return errs.Wrap(op, err)
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = $1 WHERE id = $2`, hash, u.ID)
		if err := expectOne(op, res, err); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = $1`, u.ID)
		return db.Translate(op, err)
	})
}

// expectOne turns the result of an UPDATE or DELETE that must touch one
// row into NotFound when it touched none.
func expectOne(op string, res sql.Result, err error) error {
	if err != nil {
		return db.Translate(op, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return db.Translate(op, err)
	}
	if n == 0 {
		return errs.E(op, errs.NotFound, "not found")
	}
	return nil
}
