package styling

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/styling/coach"
)

// The advice readers below read the carrier tables directly, scoped to the
// owner, so the coach, the pictures and the reminders depend only on the
// schema and not on how carriers and loadouts are written.

// adviceCarrierColumns are read by adviceScanCarrier from carriers k.
const adviceCarrierColumns = `k.id, k.owner_id, k.kind, k.name, k.size, k.colour, k.weight_limit_g, k.points,
	k.dress_code, k.max_count, k.removable_only, k.created_at, k.updated_at`

func adviceScanCarrier(sc interface{ Scan(...any) error }) (*Carrier, error) {
	var c Carrier
	var points string
	err := sc.Scan(&c.ID, &c.OwnerID, &c.Kind, &c.Name, &c.Size, &c.Colour, &c.WeightLimitG, &points,
		&c.DressCode, &c.MaxCount, &c.RemovableOnly, &c.CreatedAt, &c.UpdatedAt)
	if err != nil {
		return nil, err
	}
	c.Points = advicePoints(points)
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return &c, nil
}

// advicePoints splits the newline-separated points column.
func advicePoints(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// adviceCarrier loads one of the owner's carriers, without its loadout.
// Errors: NotFound, also for someone else's carrier.
func (s *Service) adviceCarrier(ctx context.Context, owner, id int64) (*Carrier, error) {
	const op = "carrier"
	c, err := adviceScanCarrier(s.db.QueryRow(ctx, `SELECT `+adviceCarrierColumns+`
		FROM carriers k WHERE k.id = $1 AND k.owner_id = $2`, id, owner))
	if err == sql.ErrNoRows {
		return nil, errs.E(op, errs.NotFound, "no such carrier")
	}
	return c, db.Translate(op, err)
}

// adviceCarriers loads all the owner's carriers, by id.
func (s *Service) adviceCarriers(ctx context.Context, owner int64) ([]*Carrier, error) {
	const op = "carriers"
	rows, err := s.db.Query(ctx, `SELECT `+adviceCarrierColumns+` FROM carriers k WHERE k.owner_id = $1 ORDER BY k.id`, owner)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	var out []*Carrier
	for rows.Next() {
		c, err := adviceScanCarrier(rows)
		if err != nil {
			return nil, db.Translate(op, err)
		}
		out = append(out, c)
	}
	return out, db.Translate(op, rows.Err())
}

// adviceSettings reads the owner's styling settings, or the defaults
// (balanced, 30 days, north) for a collector who never saved any.
func (s *Service) adviceSettings(ctx context.Context, owner int64) (Settings, error) {
	st := Settings{Style: "balanced", RotationDays: 30, Hemisphere: "north"}
	err := s.db.QueryRow(ctx, `SELECT style, rotation_days, hemisphere FROM styling_settings WHERE user_id = $1`, owner).
		Scan(&st.Style, &st.RotationDays, &st.Hemisphere)
	if err == sql.ErrNoRows {
		return st, nil
	}
	return st, db.Translate("styling settings", err)
}

// adviceCurrentLoadouts loads the owner's current loadouts (carrierID 0:
// of every carrier) keyed by carrier, with their placements in point and
// position order; items are not filled.
func (s *Service) adviceCurrentLoadouts(ctx context.Context, owner, carrierID int64) (map[int64]*Loadout, error) {
	const op = "current loadouts"
	where, args := `l.owner_id = $1 AND l.ended_at IS NULL`, []any{owner}
	if carrierID != 0 {
		where, args = where+` AND l.carrier_id = $2`, append(args, carrierID)
	}
	rows, err := s.db.Query(ctx, `SELECT l.id, l.carrier_id, l.note, l.photo_sha, COALESCE(l.share_token, ''), l.started_at,
			COALESCE(li.item_id, 0), COALESCE(li.point, ''), COALESCE(li.position, 0)
		FROM loadouts l LEFT JOIN loadout_items li ON li.loadout_id = l.id
		WHERE `+where+` ORDER BY l.carrier_id, li.point, li.position`, args...)
	if err != nil {
		return nil, db.Translate(op, err)
	}
	defer rows.Close()
	out := map[int64]*Loadout{}
	for rows.Next() {
		var l Loadout
		var p Placement
		if err := rows.Scan(&l.ID, &l.CarrierID, &l.Note, &l.PhotoSHA, &l.ShareToken, &l.StartedAt,
			&p.ItemID, &p.Point, &p.Position); err != nil {
			return nil, db.Translate(op, err)
		}
		cur := out[l.CarrierID]
		if cur == nil {
			l.OwnerID, l.StartedAt, l.Placements = owner, l.StartedAt.UTC(), []Placement{}
			cur = &l
			out[l.CarrierID] = cur
		}
		if p.ItemID != 0 {
			cur.Placements = append(cur.Placements, p)
		}
	}
	return out, db.Translate(op, rows.Err())
}

// adviceOrder sorts placements by the carrier's point order, then by
// position on the point, as pictures and pages show them.
func adviceOrder(ps []Placement, points []string) {
	order := make(map[string]int, len(points))
	for i, p := range points {
		order[p] = i
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if a, b := order[ps[i].Point], order[ps[j].Point]; a != b {
			return a < b
		}
		return ps[i].Position < ps[j].Position
	})
}

// adviceCoachCarrier is a carrier as the coach reads it.
func adviceCoachCarrier(c *Carrier) coach.Carrier {
	return coach.Carrier{
		Kind: c.Kind, Size: c.Size, Colour: c.Colour, WeightLimitG: c.WeightLimitG,
		Points: c.Points, DressCode: c.DressCode, MaxCount: c.MaxCount, RemovableOnly: c.RemovableOnly,
	}
}

// adviceDaysOld counts whole days from since to now.
func adviceDaysOld(since, now time.Time) int {
	if now.Before(since) {
		return 0
	}
	return int(now.Sub(since) / (24 * time.Hour))
}
