package collection

import (
	"context"
	"database/sql"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// sellerKindOfStudio maps who made a charm to whom the budget says was
// paid: licensed brands, luxury houses and retailers' own labels all count
// as major brands, against independent creators and museums.
var sellerKindOfStudio = map[string]string{
	"ip_brand":    "brand",
	"luxury":      "brand",
	"retailer":    "brand",
	"independent": "independent",
	"museum":      "museum",
}

// AddBudgetEntry records a purchase made elsewhere. Errors: Invalid,
// NotFound (no such user).
func (s *Service) AddBudgetEntry(ctx context.Context, owner int64, in BudgetEntryInput) (*BudgetEntry, error) {
	const op = "add budget entry"
	e, err := s.prepareEntry(ctx, owner, in, EntryManual)
	if err != nil {
		return nil, errs.Wrap(op, err)
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error { return s.insertBudgetEntry(ctx, tx, owner, e) })
	if err != nil {
		return nil, err
	}
	return e, nil
}

// DeleteBudgetEntry removes an entry the owner added (typed in, logged
// with an item or imported). Purchases logged by the platform are a record
// of what happened and stay. Errors: NotFound, Conflict (a platform
// purchase).
func (s *Service) DeleteBudgetEntry(ctx context.Context, owner, id int64) error {
	const op = "delete budget entry"
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		var source string
		err := tx.QueryRowContext(ctx, `SELECT source FROM budget_entries WHERE id = $1 AND owner_id = $2`, id, owner).Scan(&source)
		if err == sql.ErrNoRows {
			return errs.E(op, errs.NotFound, "no such budget entry")
		} else if err != nil {
			return db.Translate(op, err)
		}
		if source == EntryPlatform {
			return errs.E(op, errs.Conflict, "purchases made on Charmory cannot be removed from the budget")
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM budget_entries WHERE id = $1 AND owner_id = $2`, id, owner)
		return db.Translate(op, err)
	})
}

// logItemPurchase records a new item's price paid as a manual entry dated
// the day it was acquired. Secondhand and traded items count as
// secondhand spending; others by the charm's studio, else "other".
func (s *Service) logItemPurchase(ctx context.Context, tx *sql.Tx, owner, itemID int64, in *ItemInput) error {
	const op = "log item purchase"
	e := BudgetEntryInput{SpentOn: in.AcquiredOn, Amount: in.PricePaid, Currency: in.Currency,
		Category: in.Category, SellerKind: "other", Description: in.Title}
	if in.CharmID != 0 {
		f, err := charmFacts(tx.QueryRowContext(ctx, charmFactsQuery, in.CharmID))
		if err != nil {
			return errs.Wrap(op, err)
		}
		if e.Category == "" {
			e.Category = f.category
		}
		if e.Description == "" {
			e.Description = clipDescription(f.name, maxEntryDescLen)
		}
		if f.sellerKind != "" {
			e.SellerKind = f.sellerKind
		}
	}
	if in.Source == "secondhand" || in.Source == "trade" {
		e.SellerKind = "secondhand"
	}
	entry, err := s.prepareEntry(ctx, owner, e, EntryManual)
	if err != nil {
		return errs.Wrap(op, err)
	}
	entry.ItemID = itemID
	return s.insertBudgetEntry(ctx, tx, owner, entry)
}

// charmFactsQuery reads what the budget derives from a charm.
const charmFactsQuery = `SELECT c.name, c.category, st.kind FROM charms c JOIN studios st ON st.id = c.studio_id WHERE c.id = $1`

type budgetCharm struct{ name, category, sellerKind string }

func charmFacts(row *sql.Row) (*budgetCharm, error) {
	var f budgetCharm
	var studioKind string
	err := row.Scan(&f.name, &f.category, &studioKind)
	if err == sql.ErrNoRows {
		return nil, errs.Fields("charm", errs.FieldError{Field: "charm_id", Message: "is not a catalog charm"})
	} else if err != nil {
		return nil, db.Translate("charm", err)
	}
	f.sellerKind = sellerKindOfStudio[studioKind]
	return &f, nil
}

// clipDescription cuts s to at most n characters.
func clipDescription(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
