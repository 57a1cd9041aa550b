package catalog

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

const maxNoteLen = 2000

const contributionSelect = `SELECT k.id, k.user_id, k.charm_id, k.base_version, k.payload, k.note, k.status,
	k.reviewer_id, k.review_note, k.created_at, k.reviewed_at, u.username
FROM contributions k JOIN users u ON u.id = k.user_id`

func scanContribution(sc scanner) (*Contribution, error) {
	var k Contribution
	var charmID, reviewerID sql.NullInt64
	var reviewedAt sql.NullTime
	var payload string
	err := sc.Scan(&k.ID, &k.UserID, &charmID, &k.BaseVersion, &payload, &k.Note, &k.Status,
		&reviewerID, &k.ReviewNote, &k.CreatedAt, &reviewedAt, &k.Username)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(payload), &k.Proposed); err != nil {
		return nil, errs.Wrap("read contribution payload", err)
	}
	k.CharmID, k.ReviewerID, k.CreatedAt = charmID.Int64, reviewerID.Int64, k.CreatedAt.UTC()
	if reviewedAt.Valid {
		t := reviewedAt.Time.UTC()
		k.ReviewedAt = &t
	}
	return &k, nil
}

// Submit records a collector's contribution: a new charm (charmID 0) or an
// edit of charmID based on its current version. Invalid with field errors;
// NotFound for an unknown charm; Unauthorized for UserID 0.
// proposed is the whole charm as it should become. A new charm without an
// external id gets one now, so that it is known before approval.
func (s *Service) Submit(ctx context.Context, a Actor, charmID int64, proposed Charm, note string) (*Contribution, error) {
	const op = "submit contribution"
	if a.UserID == 0 {
		return nil, errs.E(op, errs.Unauthorized, "sign in to contribute")
	}
	normalizeCharm(&proposed)
	proposed.ID = charmID
	if charmID == 0 && proposed.ExternalID == "" {
		proposed.ExternalID = s.newID()
	}
	var v fieldChecker
	v.text("note", note, false, maxNoteLen)
	if len(v.errs) > 0 {
		return nil, errs.Fields(op, v.errs...)
	}
	var out *Contribution
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		base, err := proposalBase(ctx, tx, &proposed)
		if err != nil {
			return err
		}
		if err := checkProposal(ctx, tx, &proposed); err != nil {
			return err
		}
		payload, err := json.Marshal(proposalPayload(proposed))
		if err != nil {
			return errs.Wrap(op, err)
		}
		var id int64
		err = tx.QueryRowContext(ctx, `INSERT INTO contributions (user_id, charm_id, base_version, payload, note, status, created_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
			a.UserID, nullID(charmID), base, string(payload), note, StatusPending, s.clock()).Scan(&id)
		if err != nil {
			return db.Translate(op, err)
		}
		out, err = scanContribution(tx.QueryRowContext(ctx, contributionSelect+` WHERE k.id = $1`, id))
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	return out, nil
}

// proposalBase returns the version an edit is based on (0 for a new charm)
// and fills in the external id an edit leaves out. NotFound for an unknown
// charm; Invalid for an edit that changes nothing.
func proposalBase(ctx context.Context, tx *sql.Tx, p *Charm) (int, error) {
	if p.ID == 0 {
		return 0, nil
	}
	cur, err := scanCharm(tx.QueryRowContext(ctx, charmSelect+` WHERE c.id = $1`, p.ID))
	if err != nil {
		return 0, db.Translate("load charm", err)
	}
	if p.ExternalID == "" {
		p.ExternalID = cur.ExternalID
	}
	if len(diffCharms(cur, p)) == 0 {
		return 0, errs.E("submit contribution", errs.Invalid, "the proposal does not change anything")
	}
	return cur.Version, nil
}

// checkProposal validates a proposal and its references, and for a new
// charm that its external id is free.
func checkProposal(ctx context.Context, tx *sql.Tx, p *Charm) error {
	var v fieldChecker
	v.errs = charmFieldErrors(p)
	if len(v.errs) == 0 {
		fe, err := checkRefs(ctx, tx, p)
		if err != nil {
			return err
		}
		v.errs = fe
	}
	if p.ID == 0 && p.ExternalID != "" {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM charms WHERE external_id = $1`, p.ExternalID).Scan(&n); err != nil {
			return db.Translate("check external id", err)
		}
		if n > 0 {
			v.errs = append(v.errs, errs.FieldError{Field: "external_id", Message: "is already used by another charm"})
		}
	}
	if len(v.errs) > 0 {
		return errs.Fields("check proposal", v.errs...)
	}
	return nil
}

// proposalPayload keeps only the proposed fields: ids, versions, times and
// display names are the store's, not the contributor's.
func proposalPayload(p Charm) Charm {
	p.Version, p.CreatedAt, p.UpdatedAt = 0, time.Time{}, time.Time{}
	p.StudioName, p.StudioSlug, p.IPName, p.IPSlug, p.SeriesName, p.SeriesSlug = "", "", "", "", "", ""
	return p
}

// Contributions lists contributions, newest first. A collector sees only
// their own (f.UserID is forced to a.UserID); moderators see everyone's.
// Invalid for an unknown status or a malformed cursor.
func (s *Service) Contributions(ctx context.Context, a Actor, f ContributionFilter) (*Page[Contribution], error) {
	const op = "contributions"
	if !a.CanModerate() {
		f.UserID = a.UserID
	}
	var v fieldChecker
	v.code("status", f.Status, []string{StatusPending, StatusApproved, StatusRejected})
	cur, hasCur, err := decodeCursor(op, f.Cursor, 0)
	if err != nil {
		return nil, err
	}
	if len(v.errs) > 0 {
		return nil, errs.Fields(op, v.errs...)
	}
	var q query
	if f.UserID != 0 {
		q.and("k.user_id = " + q.arg(f.UserID))
	}
	if f.Status != "" {
		q.and("k.status = " + q.arg(f.Status))
	}
	page := &Page[Contribution]{Items: []Contribution{}}
	if err := s.db.QueryRow(ctx, `SELECT COUNT(*) FROM contributions k`+q.clause(), q.args...).Scan(&page.Total); err != nil {
		return nil, db.Translate(op, err)
	}
	if hasCur {
		q.and("k.id < " + q.arg(cur.ID))
	}
	limit := pageLimit(f.Limit)
	rows, err := s.db.Query(ctx, contributionSelect+q.clause()+` ORDER BY k.id DESC LIMIT `+q.arg(limit+1), q.args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		k, err := scanContribution(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		page.Items = append(page.Items, *k)
	}
	if err := rows.Err(); err != nil {
		return nil, db.Translate(op, err)
	}
	if len(page.Items) > limit {
		page.Items = page.Items[:limit]
		page.Next = encodeCursor(page.Items[limit-1].ID)
	}
	return page, nil
}

// Contribution returns one contribution if the actor is its author or a
// moderator; NotFound otherwise (no existence leak).
func (s *Service) Contribution(ctx context.Context, a Actor, id int64) (*Contribution, error) {
	var q query
	q.and("k.id = " + q.arg(id))
	if !a.CanModerate() {
		q.and("k.user_id = " + q.arg(a.UserID))
	}
	k, err := scanContribution(s.db.QueryRow(ctx, contributionSelect+q.clause(), q.args...))
	if err != nil {
		return nil, db.Translate("contribution", err)
	}
	return k, nil
}
