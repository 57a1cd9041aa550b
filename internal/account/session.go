package account

import (
	"context"
	"database/sql"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Session lifetimes. The expiry slides: an active session keeps living,
// one left alone for sessionTTL ends. Both refreshes are rationed so that
// a busy visitor does not turn every page view into a database write.
const (
	sessionTTL       = 30 * 24 * time.Hour
	sessionExtendGap = 24 * time.Hour // push the expiry out at most daily
	sessionSeenGap   = time.Minute    // record last_seen_at at most each minute
	maxUserAgent     = 256
)

// CreateSession starts a session and returns its secret token.
// The token is for the cookie; the database keeps only its SHA-256.
func (s *Service) CreateSession(ctx context.Context, userID int64, userAgent string) (string, error) {
	const op = "account.CreateSession"
	s.maybePurge(ctx)
	secret, err := s.newSecret()
	if err != nil {
		return "", errs.Wrap(op, err)
	}
	now := s.clock()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at, user_agent)
			VALUES ($1, $2, $3, $4, $5, $6)`,
			hashSecret(secret), userID, now, now.Add(sessionTTL), now, clip(userAgent, maxUserAgent))
		return db.Translate(op, err)
	})
	if err != nil {
		return "", err
	}
	return secret, nil
}

// SessionUser returns the user of a live session. Unauthorized if none.
// An expired session found here is deleted.
func (s *Service) SessionUser(ctx context.Context, token string) (*User, error) {
	const op = "account.SessionUser"
	if len(token) != secretLen {
		return nil, errs.E(op, errs.Unauthorized, "not signed in")
	}
	hash := hashSecret(token)
	var expires, seen time.Time
	row := s.db.R.QueryRowContext(ctx, `
		SELECT `+userColumns+`, s.expires_at, s.last_seen_at
		FROM sessions s JOIN users u ON u.id = s.user_id
		WHERE s.token_hash = $1`, hash)
	u, err := scanUser(row, &expires, &seen)
	if errs.Is(db.Translate(op, err), errs.NotFound) {
		return nil, errs.E(op, errs.Unauthorized, "not signed in")
	}
	if err != nil {
		return nil, db.Translate(op, err)
	}
	now := s.clock()
	if !now.Before(expires) {
		if _, err := s.db.W.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1`, hash); err != nil {
			return nil, db.Translate(op, err)
		}
		return nil, errs.E(op, errs.Unauthorized, "session expired")
	}
	if err := s.touchSession(ctx, hash, now, expires, seen); err != nil {
		return nil, errs.Wrap(op, err)
	}
	return u, nil
}

// touchSession records activity when last_seen_at is a minute old and
// slides the expiry when it was last set more than a day ago.
func (s *Service) touchSession(ctx context.Context, hash string, now, expires, seen time.Time) error {
	extend := expires.Sub(now) < sessionTTL-sessionExtendGap
	if !extend && now.Sub(seen) < sessionSeenGap {
		return nil
	}
	if extend {
		expires = now.Add(sessionTTL)
	}
	_, err := s.db.W.ExecContext(ctx, `UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE token_hash = $3`, now, expires, hash)
	return db.Translate("account.touchSession", err)
}

// DeleteSession ends a session (log out). Unknown tokens are ignored.
func (s *Service) DeleteSession(ctx context.Context, token string) error {
	if len(token) != secretLen {
		return nil
	}
	_, err := s.db.W.ExecContext(ctx, `DELETE FROM sessions WHERE token_hash = $1`, hashSecret(token))
	return db.Translate("account.DeleteSession", err)
}

// clip shortens s to at most n bytes without splitting a character, and
// drops invalid UTF-8 so PostgreSQL accepts it.
func clip(s string, n int) string {
	s = strings.ToValidUTF8(s, "")
	for len(s) > n {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}
