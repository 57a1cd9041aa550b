package account

import (
	"context"
	"database/sql"
	"slices"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// SignUp creates a collector account. Invalid with field errors for a bad
// username, email or password; Conflict (on field username or email) when taken.
// The username and email are stored lower-cased; an empty display name
// defaults to the username.
func (s *Service) SignUp(ctx context.Context, in SignUp) (*User, error) {
	return s.createUser(ctx, "account.SignUp", in, RoleCollector, false)
}

// CreateUser creates an account with a role (CLI, demo data). Same errors
// as SignUp, plus Invalid for an unknown role. Unlike SignUp it accepts
// reserved usernames such as "admin": the operator is the one who reserves them.
func (s *Service) CreateUser(ctx context.Context, in SignUp, role string) (*User, error) {
	const op = "account.CreateUser"
	role = strings.ToLower(strings.TrimSpace(role))
	if !ValidRole(role) {
		return nil, errs.Fields(op, errs.FieldError{Field: "role", Message: "role must be one of collector, creator, moderator, admin"})
	}
	return s.createUser(ctx, op, in, role, true)
}

func (s *Service) createUser(ctx context.Context, op string, in SignUp, role string, allowReserved bool) (*User, error) {
	in = in.normalized()
	if err := in.validate(op, allowReserved); err != nil {
		return nil, err
	}
	// Hash before the transaction: it is the slow part and must not hold
	// the SQLite writer.
	hash, err := s.hash.hash(ctx, in.Password, s.rand)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	u := &User{
		Username:    in.Username,
		Email:       in.Email,
		DisplayName: in.DisplayName,
		Role:        role,
		Currency:    money.Default,
		CreatedAt:   s.clock(),
	}
	if u.DisplayName == "" {
		u.DisplayName = u.Username
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := checkTaken(ctx, tx, op, u.Username, u.Email); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `
			INSERT INTO users (username, email, password_hash, display_name, role, locale, currency, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
			u.Username, u.Email, hash, u.DisplayName, u.Role, u.Locale, u.Currency, u.CreatedAt,
		).Scan(&u.ID)
	})
	if err != nil {
		if db.IsUniqueViolation(err) {
			// Another sign-up took the name between our check and insert
			// (PostgreSQL runs them concurrently); the error names the column.
			return nil, conflictOn(op, uniqueField(err))
		}
		if errs.KindOf(err) != errs.Internal {
			return nil, err
		}
		return nil, db.Translate(op, err)
	}
	return u, nil
}

// checkTaken returns a Conflict naming each of username and email that an
// account already uses.
func checkTaken(ctx context.Context, tx *sql.Tx, op, username, email string) error {
	rows, err := tx.QueryContext(ctx, `SELECT username, email FROM users WHERE username = $1 OR email = $2`, username, email)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	var fields []string
	for rows.Next() {
		var u, e string
		if err := rows.Scan(&u, &e); err != nil {
			return db.Translate(op, err)
		}
		if u == username && !slices.Contains(fields, "username") {
			fields = append(fields, "username")
		}
		if e == email && !slices.Contains(fields, "email") {
			fields = append(fields, "email")
		}
	}
	if err := rows.Err(); err != nil {
		return db.Translate(op, err)
	}
	if len(fields) > 0 {
		return conflictOn(op, fields...)
	}
	return nil
}

// conflictOn builds a Conflict error whose field errors name the taken fields.
func conflictOn(op string, fields ...string) error {
	e := &errs.Error{Op: op, Kind: errs.Conflict}
	for _, f := range fields {
		msg := "this username is already taken"
		if f == "email" {
			msg = "an account with this email already exists"
		}
		e.Fields = append(e.Fields, errs.FieldError{Field: f, Message: msg})
	}
	e.Msg = e.Fields[0].Message
	return e
}

// uniqueField names the users column of a unique violation: SQLite says
// "UNIQUE constraint failed: users.email", PostgreSQL names the constraint
// users_email_key.
func uniqueField(err error) string {
	if strings.Contains(err.Error(), "email") {
		return "email"
	}
	return "username"
}
