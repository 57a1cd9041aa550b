package styling

import (
	"context"
	"database/sql"
	"time"

	"github.com/charmory/charmory/internal/db"
)

// pieceWearQuery lists, for one owner, every placement of an item on a
// loadout (with the loadout's carrier, whether it is current and when it
// ended) followed by the last journal day each item was the daily pick.
// One round trip serves both; the journal rows carry no carrier and no
// end, the loadout rows no day.
const pieceWearQuery = `SELECT li.item_id, l.carrier_id, li.active, l.ended_at, '' AS day
	FROM loadout_items li JOIN loadouts l ON l.id = li.loadout_id
	WHERE l.owner_id = $1
	UNION ALL
	SELECT j.item_id, 0, FALSE, NULL, MAX(j.day)
	FROM mood_journal j
	WHERE j.owner_id = $1 AND j.item_id IS NOT NULL AND j.day <> $2
	GROUP BY j.item_id`

// pieceWear fills when each piece was last worn and the carrier it hangs
// on now.
func (s *Service) pieceWear(ctx context.Context, ps *pieceSet, owner int64, skipDay string) error {
	const op = "styling wear"
	rows, err := s.db.Query(ctx, pieceWearQuery, owner, skipDay)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var itemID, carrierID int64
		var active bool
		var ended sql.NullTime
		var day string
		if err := rows.Scan(&itemID, &carrierID, &active, &ended, &day); err != nil {
			return db.Translate(op, err)
		}
		p := ps.get(itemID)
		if p == nil {
			continue
		}
		var off time.Time
		switch {
		case active:
			p.carrierID = carrierID
		case ended.Valid:
			off = ended.Time.UTC()
		case day != "":
			off, _ = time.Parse(time.DateOnly, day)
		}
		if off.After(p.lastOff) {
			p.lastOff = off
		}
	}
	return db.Translate(op, rows.Err())
}
