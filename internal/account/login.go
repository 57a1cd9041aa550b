package account

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Login checks a username (or email) and password. Unauthorized on a wrong
// pair; RateLimited after too many failures for the name or the client.
// client is the caller's network address (an IP, with or without port);
// "" skips the per-client limit. A password hashed with older parameters
// is rehashed with the current ones.
func (s *Service) Login(ctx context.Context, login, password, client string) (*User, error) {
	const op = "account.Login"
	name := strings.ToLower(strings.TrimSpace(login))
	// Nothing longer than the longest email or password can match; refusing
	// it early also keeps junk out of login_attempts.
	if name == "" || len(name) > maxEmail || password == "" || len(password) > 4*maxPassword {
		return nil, errs.E(op, errs.Unauthorized, "wrong username or password")
	}
	u, hash, err := s.credentials(ctx, name)
	if err != nil && !errs.Is(err, errs.NotFound) {
		return nil, errs.Wrap(op, err)
	}
	// Count attempts against the account's username whichever way it was
	// named, so that switching to the email does not double the budget.
	key := name
	if u != nil {
		key = u.Username
	}
	attempt, err := s.reserveAttempt(ctx, key, client)
	if err != nil {
		return nil, err
	}
	if u == nil {
		if err := dummyVerify(ctx, password, s.hash); err != nil {
			return nil, errs.Wrap(op, err)
		}
		return nil, errs.E(op, errs.Unauthorized, "wrong username or password")
	}
	ok, stale, err := verifyPassword(ctx, hash, password, s.hash)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	if !ok {
		return nil, errs.E(op, errs.Unauthorized, "wrong username or password")
	}
	if err := s.loginSucceeded(ctx, attempt, u.ID, hash, password, stale); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return u, nil
}

// credentials returns the user named by a username or, when it holds an
// "@", an email, with the password hash. NotFound if none.
func (s *Service) credentials(ctx context.Context, name string) (*User, string, error) {
	column := "username"
	if strings.Contains(name, "@") {
		column = "email"
	}
	var hash string
	row := s.db.R.QueryRowContext(ctx, `SELECT `+userColumns+`, u.password_hash FROM users u WHERE u.`+column+` = $1`, name)
	u, err := scanUser(row, &hash)
	if err != nil {
		return nil, "", db.Translate("account.credentials", err)
	}
	return u, hash, nil
}

// loginSucceeded marks the reserved attempt successful, which resets the
// username's failure count from now on, and stores a fresh hash when the
// old one was made with other parameters.
func (s *Service) loginSucceeded(ctx context.Context, attempt, userID int64, oldHash, password string, stale bool) error {
	const op = "account.loginSucceeded"
	newHash := ""
	if stale {
		var err error
		if newHash, err = s.hash.hash(ctx, password, s.rand); err != nil {
			return err
		}
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE login_attempts SET ok = $1 WHERE id = $2`, true, attempt); err != nil {
			return db.Translate(op, err)
		}
		if newHash == "" {
			return nil
		}
		// Only replace the hash we verified: a password changed meanwhile wins.
		_, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = $1 WHERE id = $2 AND password_hash = $3`, newHash, userID, oldHash)
		return db.Translate(op, err)
	})
}
