package account

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/jackc/pgx/v5/pgconn"
)

// Login rate limits. They live in the login_attempts table, so every
// server process sharing the database enforces the same budget.
const (
	attemptWindow     = 15 * time.Minute
	maxNameFailures   = 5  // per username, since its last successful login
	maxClientFailures = 20 // per client address, whatever the username
	attemptRetention  = 24 * time.Hour
)

// reserveAttempts bounds the retries of a reservation that lost a
// serialization race; running out means a burst of attempts on one name
// or client, which is refused like any other excess.
const reserveAttempts = 8

// reserveAttempt checks the limits and, when they allow it, records the
// attempt as a failure before the password is checked; a successful login
// later marks it ok. Check and record run in one serializable transaction
// (SQLite transactions are serial anyway; on PostgreSQL a concurrent
// attempt on the same name or client makes one of them retry), so even
// parallel guesses from several processes get no more than the allowed
// number of password checks. Refused attempts are not recorded: they
// neither count as failures nor extend the lockout. Returns the attempt
// id, or RateLimited.
func (s *Service) reserveAttempt(ctx context.Context, name, client string) (int64, error) {
	const op = "account.Login"
	s.maybePurge(ctx)
	clientHash := hashClient(client)
	for try := 1; ; try++ {
		id, err := s.tryReserve(ctx, op, name, clientHash, client != "")
		if !isSerializationFailure(err) {
			return id, err
		}
		if try == reserveAttempts {
			return 0, rateLimited(op, time.Second)
		}
		select {
		// Jitter, so that the attempts that collided do not collide again.
		case <-time.After(time.Duration(try)*5*time.Millisecond + rand.N(5*time.Millisecond)):
		case <-ctx.Done():
			return 0, errs.Wrap(op, ctx.Err())
		}
	}
}

func (s *Service) tryReserve(ctx context.Context, op, name, clientHash string, limitClient bool) (int64, error) {
	now := s.clock()
	var id int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if s.db.Engine == db.Postgres {
			if _, err := tx.ExecContext(ctx, `SET TRANSACTION ISOLATION LEVEL SERIALIZABLE`); err != nil {
				return err
			}
		}
		until, err := nameBlockedUntil(ctx, tx, name, now)
		if err == nil && limitClient {
			var byClient time.Time
			byClient, err = clientBlockedUntil(ctx, tx, clientHash, now)
			if byClient.After(until) {
				until = byClient
			}
		}
		if err != nil {
			return err
		}
		if !until.IsZero() {
			return rateLimited(op, until.Sub(now))
		}
		return tx.QueryRowContext(ctx, `INSERT INTO login_attempts (username, client_hash, ok, at) VALUES ($1, $2, $3, $4) RETURNING id`,
			name, clientHash, false, now).Scan(&id)
	})
	switch {
	case err == nil:
		return id, nil
	case isSerializationFailure(err), errs.KindOf(err) != errs.Internal:
		return 0, err
	}
	return 0, db.Translate(op, err)
}

// isSerializationFailure reports whether PostgreSQL aborted a transaction
// that lost a race with another (serialization failure or deadlock), so
// that running it again may succeed.
func isSerializationFailure(err error) bool {
	var pg *pgconn.PgError
	return errors.As(err, &pg) && (pg.Code == "40001" || pg.Code == "40P01")
}

// nameBlockedUntil returns when the username may try again, or zero if it
// may now: it is blocked while its failures inside the window and after
// its last success reach maxNameFailures.
func nameBlockedUntil(ctx context.Context, tx *sql.Tx, name string, now time.Time) (time.Time, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT ok, at FROM login_attempts
		WHERE username = $1 AND at > $2
		ORDER BY at DESC, id DESC LIMIT $3`, name, now.Add(-attemptWindow), maxNameFailures)
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
func clientBlockedUntil(ctx context.Context, tx *sql.Tx, clientHash string, now time.Time) (time.Time, error) {
	rows, err := tx.QueryContext(ctx, `
		SELECT at FROM login_attempts
		WHERE client_hash = $1 AND at > $2 AND ok = $3
		ORDER BY at DESC LIMIT $4`, clientHash, now.Add(-attemptWindow), false, maxClientFailures)
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
