package styling

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Hemispheres a collector can live in; seasons are turned round in the
// south.
var Hemispheres = []string{"north", "south"}

// Bounds of the rotation period, in days.
const (
	MinRotationDays = 1
	MaxRotationDays = 365
)

// settingsSelect reads the saved settings or, for a collector who never
// saved any, the defaults. Joining from users makes a missing user a
// no-row result rather than defaults.
const settingsSelect = `SELECT COALESCE(ss.style, 'balanced'), COALESCE(ss.rotation_days, 30), COALESCE(ss.hemisphere, 'north')
	FROM users u LEFT JOIN styling_settings ss ON ss.user_id = u.id
	WHERE u.id = $1`

// Settings returns the owner's styling settings (defaults: balanced, 30
// days, north). Errors: NotFound (no such user).
func (s *Service) Settings(ctx context.Context, owner int64) (*Settings, error) {
	const op = "styling settings"
	var st Settings
	err := s.db.QueryRow(ctx, settingsSelect, owner).Scan(&st.Style, &st.RotationDays, &st.Hemisphere)
	if err == sql.ErrNoRows {
		return nil, errs.E(op, errs.NotFound, "no such user")
	} else if err != nil {
		return nil, db.Translate(op, err)
	}
	return &st, nil
}

// UpdateSettings saves them: style one of Styles, a rotation period of
// 1–365 days, hemisphere north or south. Errors: Invalid, NotFound.
func (s *Service) UpdateSettings(ctx context.Context, owner int64, in Settings) (*Settings, error) {
	const op = "update styling settings"
	in.Style = strings.ToLower(strings.TrimSpace(in.Style))
	in.Hemisphere = strings.ToLower(strings.TrimSpace(in.Hemisphere))
	if err := in.validate(op); err != nil {
		return nil, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		var one int
		err := tx.QueryRowContext(ctx, `SELECT 1 FROM users WHERE id = $1`, owner).Scan(&one)
		if err == sql.ErrNoRows {
			return errs.E(op, errs.NotFound, "no such user")
		} else if err != nil {
			return db.Translate(op, err)
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO styling_settings (user_id, style, rotation_days, hemisphere, updated_at)
			VALUES ($1, $2, $3, $4, $5)
			ON CONFLICT (user_id) DO UPDATE SET style = excluded.style, rotation_days = excluded.rotation_days,
				hemisphere = excluded.hemisphere, updated_at = excluded.updated_at`,
			owner, in.Style, in.RotationDays, in.Hemisphere, s.clock().Truncate(time.Microsecond))
		return db.Translate(op, err)
	})
	if err != nil {
		return nil, err
	}
	return s.Settings(ctx, owner)
}

func (in *Settings) validate(op string) error {
	var fe []errs.FieldError
	if !slices.Contains(Styles, in.Style) {
		fe = append(fe, errs.FieldError{Field: "style", Message: "must be one of " + strings.Join(Styles, ", ")})
	}
	if in.RotationDays < MinRotationDays || in.RotationDays > MaxRotationDays {
		fe = append(fe, errs.FieldError{Field: "rotation_days", Message: "must be between 1 and 365 days"})
	}
	if !slices.Contains(Hemispheres, in.Hemisphere) {
		fe = append(fe, errs.FieldError{Field: "hemisphere", Message: "must be north or south"})
	}
	if len(fe) > 0 {
		return errs.Fields(op, fe...)
	}
	return nil
}
