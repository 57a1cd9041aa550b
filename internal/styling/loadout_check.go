package styling

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// checkWearable checks that every item is the owner's and may hang on a
// carrier. Someone else's item reads as not in the collection, the same
// as a missing one, so nothing about it leaks.
func checkWearable(ctx context.Context, tx *sql.Tx, op string, owner int64, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	args := append([]any{owner}, int64Args(ids)...)
	rows, err := tx.QueryContext(ctx, `SELECT i.id, i.status, i.title, COALESCE(c.name, '')
		FROM items i LEFT JOIN charms c ON c.id = i.charm_id
		WHERE i.owner_id = $1 AND i.id IN (`+idPlaceholders(2, len(ids))+`)`, args...)
	if err != nil {
		return db.Translate(op, err)
	}
	defer rows.Close()
	found := make(map[int64]bool, len(ids))
	var fe []errs.FieldError
	for rows.Next() {
		var id int64
		var status, title, charm string
		if err := rows.Scan(&id, &status, &title, &charm); err != nil {
			return db.Translate(op, err)
		}
		found[id] = true
		if why, bad := unwearable[status]; bad {
			fe = append(fe, errs.FieldError{Field: "placements", Message: strconv.Quote(itemName(title, charm)) + " " + why})
		}
	}
	if err := rows.Err(); err != nil {
		return db.Translate(op, err)
	}
	for _, id := range ids {
		if !found[id] {
			fe = append(fe, errs.FieldError{Field: "placements", Message: "item " + strconv.FormatInt(id, 10) + " is not in your collection"})
		}
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}

// usedElsewhere finds the first of ids hanging on another of the owner's
// carriers' current loadouts, returning the item's and carrier's names.
// q is the save's transaction, or the read pool after a lost race.
func usedElsewhere(ctx context.Context, q interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}, owner, carrierID int64, ids []int64) (item, carrier string, found bool, err error) {
	if len(ids) == 0 {
		return "", "", false, nil
	}
	args := append([]any{owner, carrierID}, int64Args(ids)...)
	rows, err := q.QueryContext(ctx, `SELECT i.title, COALESCE(ch.name, ''), c.name
		FROM loadout_items li
		JOIN loadouts l ON l.id = li.loadout_id
		JOIN carriers c ON c.id = l.carrier_id
		JOIN items i ON i.id = li.item_id
		LEFT JOIN charms ch ON ch.id = i.charm_id
		WHERE li.active AND l.owner_id = $1 AND l.carrier_id <> $2 AND li.item_id IN (`+idPlaceholders(3, len(ids))+`)
		ORDER BY li.item_id LIMIT 1`, args...)
	if err != nil {
		return "", "", false, err
	}
	defer rows.Close()
	if rows.Next() {
		var title, charm string
		if err := rows.Scan(&title, &charm, &carrier); err != nil {
			return "", "", false, err
		}
		return itemName(title, charm), carrier, true, nil
	}
	return "", "", false, rows.Err()
}

// explainConflict names the item a concurrent save hung elsewhere first.
// Should that save have been undone since, the message stays general.
func (s *Service) explainConflict(ctx context.Context, op string, owner, carrierID int64, ids []int64) error {
	item, carrier, found, err := usedElsewhere(ctx, s.db.R, owner, carrierID, ids)
	if err != nil || !found {
		return errs.E(op, errs.Conflict, "one of these items was just placed on another carrier; reload and try again")
	}
	return errOnOtherCarrier(op, item, carrier)
}

func errOnOtherCarrier(op, item, carrier string) error {
	return errs.Ef(op, errs.Conflict, "%q already hangs on %q; take it off there first", item, carrier)
}

// itemName is an item's name as lists show it: its title, else its
// charm's name.
func itemName(title, charm string) string {
	if title != "" {
		return title
	}
	return charm
}

// idPlaceholders returns "$from, $from+1, …" for n arguments.
func idPlaceholders(from, n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString("$" + strconv.Itoa(from+i))
	}
	return b.String()
}

func int64Args(ids []int64) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
