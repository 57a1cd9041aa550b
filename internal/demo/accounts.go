package demo

import (
	"context"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// The demo accounts: sign in as DemoUser to collect and contribute, or as
// ModeratorUser to work through the moderation queue.
const (
	DemoUser      = "demo"
	ModeratorUser = "moderator"
	Password      = "charmory-demo"
)

// ensureAccounts creates the demo accounts and the demo user's pending
// contributions on a demo database that does not have them yet, and
// records that it did. It is safe to run again after a partial run.
func ensureAccounts(ctx context.Context, d *db.DB, now func() time.Time, rep *Report) error {
	const op = "create demo accounts"
	if _, ok, err := setting(ctx, d, SettingSeed); err != nil || !ok {
		return err
	}
	if _, done, err := setting(ctx, d, SettingAccounts); err != nil || done {
		return err
	}
	acc := account.NewService(d, now)
	demo, err := ensureUser(ctx, acc, account.SignUp{Username: DemoUser, Email: "demo@charmory.example",
		Password: Password, DisplayName: "Demo Collector"}, account.RoleCollector)
	if err != nil {
		return errs.Wrap(op, err)
	}
	if _, err := ensureUser(ctx, acc, account.SignUp{Username: ModeratorUser, Email: "moderator@charmory.example",
		Password: Password, DisplayName: "Demo Moderator"}, account.RoleModerator); err != nil {
		return errs.Wrap(op, err)
	}
	var pending int
	if err := d.R.QueryRowContext(ctx, `SELECT COUNT(*) FROM contributions WHERE user_id = $1`, demo.ID).Scan(&pending); err != nil {
		return db.Translate(op, err)
	}
	n := 0
	if pending == 0 {
		if n, err = submitContributions(ctx, d, catalog.NewService(d, now), demo.ID); err != nil {
			return errs.Wrap(op, err)
		}
	}
	if _, err := d.W.ExecContext(ctx, `INSERT INTO settings (key, value) VALUES ($1, 'done') ON CONFLICT (key) DO NOTHING`, SettingAccounts); err != nil {
		return db.Translate(op, err)
	}
	if rep != nil {
		rep.Users, rep.Contributions = 2, n
	}
	return nil
}

// ensureUser creates an account, or returns the existing one of that name
// (a previous run may have stopped after creating it).
func ensureUser(ctx context.Context, acc *account.Service, in account.SignUp, role string) (*account.User, error) {
	u, err := acc.CreateUser(ctx, in, role)
	if errs.KindOf(err) == errs.Conflict {
		return acc.UserByUsername(ctx, in.Username)
	}
	return u, err
}
