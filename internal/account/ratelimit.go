package account

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Login rate limits. They live in the login_attempts table, so every
// server process sharing the database enforces the same budget.
const (
	attemptWindow     = 15 * time.Minute
	maxNameFailures   = 5  // per username, since its last successful login
	maxClientFailures = 20 // per client address, whatever the username
	attemptRetention  = 24 * time.Hour
)

// reserveAttempt records a login attempt as a failure before the password
// is checked, then counts the failures recorded before it. Counting after
// recording means concurrent attempts, even from several processes, see
// each other, so no burst gets more than the allowed number of password
// checks. A refused attempt is removed again: refusals neither count as
// failures nor extend the lockout. Returns the attempt id, or RateLimited.
func (s *Service) reserveAttempt(ctx context.Context, name, client string) (int64, error) {
	const op = "account.Login"
	s.maybePurge(ctx)
	now := s.clock()
	clientHash := hashClient(client)
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO login_attempts (username, client_hash, ok, at) VALUES ($1, $2, $3, $4) RETURNING id`,
			name, clientHash, false, now).Scan(&id)
	})
	if err != nil {
		return 0, db.Translate(op, err)
	}
	until, err := s.nameBlockedUntil(ctx, id, name, now)
	if err == nil && client != "" {
		var byClient time.Time
		byClient, err = s.clientBlockedUntil(ctx, id, clientHash, now)
		if byClient.After(until) {
			until = byClient
		}
	}
	if err != nil {
		return 0, db.Translate(op, err)
	}
	if until.IsZero() {
		return id, nil
	}
	if _, err := s.db.W.ExecContext(ctx, `DELETE FROM login_attempts WHERE id = $1`, id); err != nil {
		return 0, db.Translate(op, err)
	}
	return 0, rateLimited(op, until.Sub(now))
}

// nameBlockedUntil returns when the username may try again, or zero if it
// may now: it is blocked while the failures recorded before attempt id,
// inside the window and after the last success, reach maxNameFailures.
func (s *Service) nameBlockedUntil(ctx context.Context, id int64, name string, now time.Time) (time.Time, error) {
	rows, err := s.db.R.QueryContext(ctx, `
		SELECT ok, at FROM login_attempts
		WHERE username = $1 AND id < $2 AND at > $3
		ORDER BY id DESC LIMIT $4`, name, id, now.Add(-attemptWindow), maxNameFailures)
	if err != nil {
		return time.Time{}, err
	}
	defer rows.Close()
	failures, oldest := 0, now
	for rows.Next() {
		var ok bool
		var at time.Time
		if err := rows.Scan(&ok, &at); err != nil {
			return time.Time{}, err
		}
		if ok {
			break
		}
		failures++
		oldest = earlier(oldest, at)
	}
	if err := rows.Err(); err != nil || failures < maxNameFailures {
		return time.Time{}, err
	}
	return oldest.Add(attemptWindow), nil
}

// clientBlockedUntil is nameBlockedUntil for a client address; successes
// do not reset it, since one client guessing many names is the attack.
func (s *Service) clientBlockedUntil(ctx context.Context, id int64, clientHash string, now time.Time) (time.Time, error) {
	rows, err := s.db.R.QueryContext(ctx, `
		SELECT at FROM login_attempts
		WHERE client_hash = $1 AND id < $2 AND at > $3 AND ok = $4
		ORDER BY id DESC LIMIT $5`, clientHash, id, now.Add(-attemptWindow), false, maxClientFailures)
	if err != nil {
		return time.Time{}, err
	}
	defer rows.Close()
	failures, oldest := 0, now
	for rows.Next() {
		var at time.Time
		if err := rows.Scan(&at); err != nil {
			return time.Time{}, err
		}
		failures++
		oldest = earlier(oldest, at)
	}
	if err := rows.Err(); err != nil || failures < maxClientFailures {
		return time.Time{}, err
	}
	return oldest.Add(attemptWindow), nil
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// hashClient returns the SHA-256 of the normalized client address, so the
// table never holds addresses in clear. IPv6 addresses are cut to their
// /64, which one subscriber usually holds whole; "" stays "".
func hashClient(client string) string {
	if client == "" {
		return ""
	}
	addr := client
	if host, _, err := net.SplitHostPort(client); err == nil {
		addr = host
	}
	if ip, err := netip.ParseAddr(addr); err == nil {
		ip = ip.Unmap().WithZone("")
		if ip.Is6() {
			ip = netip.PrefixFrom(ip, 64).Masked().Addr()
		}
		addr = ip.String()
	}
	sum := sha256.Sum256([]byte(addr))
	return hex.EncodeToString(sum[:])
}

// retryAfter is the cause of a RateLimited login error.
type retryAfter time.Duration

func (r retryAfter) Error() string { return "retry after " + time.Duration(r).String() }

// rateLimited builds the RateLimited error telling when to retry, in whole
// minutes rounded up.
func rateLimited(op string, wait time.Duration) error {
	wait = max(wait, time.Second)
	minutes := int((wait + time.Minute - 1) / time.Minute)
	unit := "minutes"
	if minutes == 1 {
		unit = "minute"
	}
	return &errs.Error{
		Op:   op,
		Kind: errs.RateLimited,
		Msg:  fmt.Sprintf("too many failed sign-in attempts; try again in %d %s", minutes, unit),
		Err:  retryAfter(wait),
	}
}

// RetryAfter reports how long a RateLimited error from Login asks the
// caller to wait (for a Retry-After header), and whether err carries one.
func RetryAfter(err error) (time.Duration, bool) {
	var r retryAfter
	if errors.As(err, &r) {
		return time.Duration(r), true
	}
	return 0, false
}
