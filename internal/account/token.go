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

// API token shape and limits.
const (
	tokenPrefix     = "chm_" // lets secret scanners and people recognise a Charmory token
	tokenShownLen   = 12     // characters kept in clear, to tell tokens apart
	maxTokenName    = 64
	maxActiveTokens = 50 // unrevoked tokens per user
	tokenUseGap     = time.Minute
)

// tokenColumns are the columns scanToken reads, from api_tokens aliased t.
const tokenColumns = `t.id, t.user_id, t.name, t.prefix, t.created_at, t.last_used_at, t.expires_at, t.revoked_at`

// CreateToken makes a personal API token; the returned secret is shown
// once and only its hash is stored. Invalid for an empty or long name.
// The token does not expire; see CreateTokenUntil.
func (s *Service) CreateToken(ctx context.Context, userID int64, name string) (string, *Token, error) {
	return s.CreateTokenUntil(ctx, userID, name, time.Time{})
}

// CreateTokenUntil is CreateToken for a token that stops working at
// expires (zero: never). Invalid for an expiry in the past, or when the
// user already holds the maximum number of unrevoked tokens.
func (s *Service) CreateTokenUntil(ctx context.Context, userID int64, name string, expires time.Time) (string, *Token, error) {
	const op = "account.CreateToken"
	now := s.clock()
	name = strings.TrimSpace(name)
	switch {
	case name == "":
		return "", nil, errs.Fields(op, errs.FieldError{Field: "name", Message: "name is required"})
	case !utf8.ValidString(name) || utf8.RuneCountInString(name) > maxTokenName:
		return "", nil, errs.Fields(op, errs.FieldError{Field: "name", Message: "name must be at most 64 characters"})
	case !expires.IsZero() && !expires.After(now):
		return "", nil, errs.Fields(op, errs.FieldError{Field: "expires_at", Message: "expiry must be in the future"})
	}
	random, err := s.newSecret()
	if err != nil {
		return "", nil, errs.Wrap(op, err)
	}
	secret := tokenPrefix + random
	t := &Token{UserID: userID, Name: name, Prefix: secret[:tokenShownLen], CreatedAt: now}
	if !expires.IsZero() {
		at := expires.UTC().Truncate(time.Microsecond)
		t.ExpiresAt = &at
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		var active int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM api_tokens WHERE user_id = $1 AND revoked_at IS NULL`, userID).Scan(&active); err != nil {
			return db.Translate(op, err)
		}
		if active >= maxActiveTokens {
			return errs.E(op, errs.Invalid, "too many tokens; revoke one you no longer use first")
		}
		err := tx.QueryRowContext(ctx, `
			INSERT INTO api_tokens (user_id, name, prefix, token_hash, created_at, expires_at)
			VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
			userID, t.Name, t.Prefix, hashSecret(secret), t.CreatedAt, t.ExpiresAt).Scan(&t.ID)
		return db.Translate(op, err)
	})
	if err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// Tokens lists a user's tokens, newest first (never the secrets).
// Revoked and expired tokens are listed too, marked by their times.
func (s *Service) Tokens(ctx context.Context, userID int64) ([]Token, error) {
	const op = "account.Tokens"
	rows, err := s.db.R.QueryContext(ctx, `SELECT `+tokenColumns+` FROM api_tokens t WHERE t.user_id = $1 ORDER BY t.id DESC`, userID)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var tokens []Token
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		tokens = append(tokens, *t)
	}
	return tokens, db.Translate(op, rows.Err())
}

// RevokeToken revokes one of the user's own tokens; NotFound for a token
// that is not theirs. Revoking a revoked token keeps its first revocation time.
func (s *Service) RevokeToken(ctx context.Context, userID, tokenID int64) error {
	const op = "account.RevokeToken"
	now := s.clock()
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND user_id = $3`, now, tokenID, userID)
		return expectOne(op, res, err)
	})
}

// TokenUser returns the user of a valid, unrevoked, unexpired token and
// records its use. Unauthorized otherwise.
func (s *Service) TokenUser(ctx context.Context, secret string) (*User, error) {
	const op = "account.TokenUser"
	unauthorized := errs.E(op, errs.Unauthorized, "invalid API token")
	if len(secret) != len(tokenPrefix)+secretLen || !strings.HasPrefix(secret, tokenPrefix) {
		return nil, unauthorized
	}
	var t Token
	row := s.db.R.QueryRowContext(ctx, `
		SELECT `+userColumns+`, t.id, t.last_used_at, t.expires_at, t.revoked_at
		FROM api_tokens t JOIN users u ON u.id = t.user_id
		WHERE t.token_hash = $1`, hashSecret(secret))
	u, err := scanUser(row, &t.ID, &t.LastUsedAt, &t.ExpiresAt, &t.RevokedAt)
	if errs.Is(db.Translate(op, err), errs.NotFound) {
		return nil, unauthorized
	}
	if err != nil {
		return nil, db.Translate(op, err)
	}
	now := s.clock()
	if t.RevokedAt != nil || (t.ExpiresAt != nil && !now.Before(*t.ExpiresAt)) {
		return nil, unauthorized
	}
	if t.LastUsedAt == nil || now.Sub(*t.LastUsedAt) >= tokenUseGap {
		if _, err := s.db.W.ExecContext(ctx, `UPDATE api_tokens SET last_used_at = $1 WHERE id = $2`, now, t.ID); err != nil {
			return nil, db.Translate(op, err)
		}
	}
	return u, nil
}

func scanToken(r rowScanner) (*Token, error) {
	var t Token
	if err := r.Scan(&t.ID, &t.UserID, &t.Name, &t.Prefix, &t.CreatedAt, &t.LastUsedAt, &t.ExpiresAt, &t.RevokedAt); err != nil {
		return nil, err
	}
	t.CreatedAt = t.CreatedAt.UTC()
	for _, p := range []*time.Time{t.LastUsedAt, t.ExpiresAt, t.RevokedAt} {
		if p != nil {
			*p = p.UTC()
		}
	}
	return &t, nil
}
