package account

import (
	"context"
	"database/sql"
	"log/slog"
	"time"

	"github.com/charmory/charmory/internal/db"
)

// purgeEvery is how often one process deletes expired rows as a side
// effect of logins and new sessions: often enough to keep the tables
// small, rarely enough that the full scan of login_attempts is noise.
const purgeEvery = 10 * time.Minute

// PurgeExpired deletes expired sessions and login attempts older than a
// day (the rate limits look back only 15 minutes). Logins and new
// sessions call it now and then; a maintenance job may call it too.
func (s *Service) PurgeExpired(ctx context.Context) error {
	const op = "account.PurgeExpired"
	now := s.clock()
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, now); err != nil {
			return db.Translate(op, err)
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM login_attempts WHERE at < $1`, now.Add(-attemptRetention))
		return db.Translate(op, err)
	})
}

// maybePurge runs PurgeExpired when this process has not done so for
// purgeEvery. A failure is logged and does not fail the caller, whose own
// work does not depend on it; the next call retries.
func (s *Service) maybePurge(ctx context.Context) {
	now := s.clock()
	s.purgeMu.Lock()
	due := !now.Before(s.nextPurge)
	if due {
		s.nextPurge = now.Add(purgeEvery)
	}
	s.purgeMu.Unlock()
	if !due {
		return
	}
	if err := s.PurgeExpired(ctx); err != nil {
		slog.Default().WarnContext(ctx, "purge expired sessions and login attempts", "err", err)
		s.purgeMu.Lock()
		s.nextPurge = time.Time{}
		s.purgeMu.Unlock()
	}
}
