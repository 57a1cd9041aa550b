package collection

import (
	"context"
	"database/sql"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// LogPurchase records a purchase made on the platform against the buyer's
// budget; the same Ref is recorded once (the existing entry is returned,
// also to concurrent callers). The category comes from the charm, the
// seller kind from the charm's studio unless p.SellerKind is set. Other
// capabilities call it inside their own flow. Errors: Invalid (no Ref,
// fields, an unknown charm, an item that is not the buyer's), NotFound (no
// such user).
func (s *Service) LogPurchase(ctx context.Context, p Purchase) (*BudgetEntry, error) {
	const op = "log purchase"
	p.Ref = strings.TrimSpace(p.Ref)
	if err := p.validate(op); err != nil {
		return nil, err
	}
	// The common repeat (a retried order) needs no rates or charm reads.
	e, err := scanEntry(s.db.QueryRow(ctx, `SELECT `+entryColumns+` FROM budget_entries WHERE owner_id = $1 AND ref = $2`, p.OwnerID, p.Ref))
	if err == nil {
		return e, nil
	} else if err != sql.ErrNoRows {
		return nil, db.Translate(op, err)
	}
	if e, err = s.preparePurchase(ctx, &p); err != nil {
		return nil, errs.Wrap(op, err)
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error { return s.writePurchase(ctx, tx, &p, e) })
	if err != nil {
		return nil, err
	}
	return e, nil
}

// LogPurchaseTx is LogPurchase inside the caller's transaction, so that a
// capability records the purchase in the same commit as its order. A
// caller already holding a write transaction must use it: on SQLite the
// one writer connection is the caller's. Errors: as LogPurchase.
func (s *Service) LogPurchaseTx(ctx context.Context, tx *sql.Tx, p Purchase) (*BudgetEntry, error) {
	const op = "log purchase"
	p.Ref = strings.TrimSpace(p.Ref)
	if err := p.validate(op); err != nil {
		return nil, err
	}
	e, err := scanEntry(tx.QueryRowContext(ctx, `SELECT `+entryColumns+` FROM budget_entries WHERE owner_id = $1 AND ref = $2`, p.OwnerID, p.Ref))
	if err == nil {
		return e, nil
	} else if err != sql.ErrNoRows {
		return nil, db.Translate(op, err)
	}
	if e, err = s.preparePurchase(ctx, &p); err != nil {
		return nil, errs.Wrap(op, err)
	}
	if err := s.writePurchase(ctx, tx, &p, e); err != nil {
		return nil, err
	}
	return e, nil
}

// preparePurchase turns a validated purchase into an entry ready to write.
func (s *Service) preparePurchase(ctx context.Context, p *Purchase) (*BudgetEntry, error) {
	in, err := s.purchaseInput(ctx, p)
	if err != nil {
		return nil, err
	}
	e, err := s.prepareEntry(ctx, p.OwnerID, in, EntryPlatform)
	if err != nil {
		return nil, err
	}
	e.Ref, e.ItemID = p.Ref, p.ItemID
	return e, nil
}

// writePurchase checks the purchase's item is the buyer's and writes e
// inside tx.
func (s *Service) writePurchase(ctx context.Context, tx *sql.Tx, p *Purchase, e *BudgetEntry) error {
	if p.ItemID != 0 {
		if _, err := ownedItem(ctx, tx, p.OwnerID, p.ItemID); errs.Is(err, errs.NotFound) {
			return errs.Fields("log purchase", errs.FieldError{Field: "item_id", Message: "is not one of the buyer's items"})
		} else if err != nil {
			return err
		}
	}
	return s.insertBudgetEntry(ctx, tx, p.OwnerID, e)
}

// purchaseInput is a purchase as an entry input, with the category and
// seller kind its charm gives.
func (s *Service) purchaseInput(ctx context.Context, p *Purchase) (BudgetEntryInput, error) {
	in := BudgetEntryInput{Amount: p.Amount, Currency: p.Currency, SellerKind: p.SellerKind, Description: p.Description}
	if !p.SpentOn.IsZero() {
		in.SpentOn = p.SpentOn.UTC().Format(time.DateOnly)
	}
	if p.CharmID != 0 {
		f, err := charmFacts(s.db.QueryRow(ctx, charmFactsQuery, p.CharmID))
		if err != nil {
			return in, err
		}
		in.Category = f.category
		if in.SellerKind == "" {
			in.SellerKind = f.sellerKind
		}
	}
	return in, nil
}

// validate checks what LogPurchase needs before it reads anything.
func (p *Purchase) validate(op string) error {
	var fe []errs.FieldError
	if p.OwnerID <= 0 {
		fe = append(fe, errs.FieldError{Field: "owner_id", Message: "is required"})
	}
	if p.Ref == "" {
		fe = append(fe, errs.FieldError{Field: "ref", Message: "is required"})
	} else if utf8.RuneCountInString(p.Ref) > maxRefLen {
		fe = append(fe, errs.FieldError{Field: "ref", Message: "is too long"})
	}
	if p.CharmID < 0 {
		fe = append(fe, errs.FieldError{Field: "charm_id", Message: "must be a catalog charm id"})
	}
	if p.ItemID < 0 {
		fe = append(fe, errs.FieldError{Field: "item_id", Message: "must be one of the buyer's items"})
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}
