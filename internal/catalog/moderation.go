package catalog

import (
	"context"
	"database/sql"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Approve applies a pending contribution as a new charm or an edit,
// recording a revision that credits the contributor. Forbidden unless a
// moderator; Conflict if it is no longer pending or the charm changed
// since the contribution's base version. NotFound for an unknown id.
// The status change and the edit commit together or not at all.
func (s *Service) Approve(ctx context.Context, a Actor, id int64, note string) (*Contribution, error) {
	const op = "approve contribution"
	if err := checkReview(op, a, note); err != nil {
		return nil, err
	}
	now := s.clock()
	var out *Contribution
	var charmID int64
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := claimPending(ctx, tx, id, StatusApproved, a, note, now); err != nil {
			return err
		}
		k, err := scanContribution(tx.QueryRowContext(ctx, contributionSelect+` WHERE k.id = $1`, id))
		if err != nil {
			return db.Translate(op, err)
		}
		c := k.Proposed
		normalizeCharm(&c)
		c.ID, c.Version = k.CharmID, 0
		if fe := charmFieldErrors(&c); len(fe) > 0 {
			return errs.Fields(op, fe...)
		}
		_, err = saveCharmTx(ctx, tx, &c, saveOpts{
			userID: k.UserID, contributionID: k.ID, source: SourceContribution,
			baseVersion: k.BaseVersion, staleMessage: "the charm changed since this contribution was made",
		}, now)
		if err != nil {
			return err
		}
		if k.CharmID == 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE contributions SET charm_id = $1 WHERE id = $2`, c.ID, id); err != nil {
				return db.Translate(op, err)
			}
		}
		charmID = c.ID
		out, err = scanContribution(tx.QueryRowContext(ctx, contributionSelect+` WHERE k.id = $1`, id))
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	s.indexCharms(ctx, charmID)
	return out, nil
}

// Reject closes a pending contribution with a note. Forbidden unless a
// moderator; Conflict if it is no longer pending; NotFound for an unknown id.
func (s *Service) Reject(ctx context.Context, a Actor, id int64, note string) (*Contribution, error) {
	const op = "reject contribution"
	if err := checkReview(op, a, note); err != nil {
		return nil, err
	}
	var out *Contribution
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		if err := claimPending(ctx, tx, id, StatusRejected, a, note, s.clock()); err != nil {
			return err
		}
		var err error
		out, err = scanContribution(tx.QueryRowContext(ctx, contributionSelect+` WHERE k.id = $1`, id))
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return out, nil
}

func checkReview(op string, a Actor, note string) error {
	if !a.CanModerate() {
		return errs.E(op, errs.Forbidden, "only moderators can review contributions")
	}
	var v fieldChecker
	v.text("note", note, false, maxNoteLen)
	if len(v.errs) > 0 {
		return errs.Fields(op, v.errs...)
	}
	return nil
}

// claimPending moves a pending contribution to status in one conditional
// UPDATE. Of several reviewers racing on the same contribution exactly one
// matches the row (the others wait for its lock, then see it is no longer
// pending), which makes a repeated approval a Conflict, never a double edit.
func claimPending(ctx context.Context, tx *sql.Tx, id int64, status string, a Actor, note string, now time.Time) error {
	const op = "review contribution"
	res, err := tx.ExecContext(ctx, `UPDATE contributions
		SET status = $1, reviewer_id = $2, review_note = $3, reviewed_at = $4
		WHERE id = $5 AND status = $6`, status, nullID(a.UserID), note, now, id, StatusPending)
	if err != nil {
		return db.Translate(op, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return db.Translate(op, err)
	} else if n == 1 {
		return nil
	}
	var current string
	if err := tx.QueryRowContext(ctx, `SELECT status FROM contributions WHERE id = $1`, id).Scan(&current); err != nil {
		return db.Translate(op, err)
	}
	return errs.Ef(op, errs.Conflict, "the contribution was already %s", current)
}
