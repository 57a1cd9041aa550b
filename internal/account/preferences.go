package account

import (
	"context"
	"database/sql"
	"strings"

	"github.com/charmory/charmory/internal/errs"
	"github.com/charmory/charmory/internal/money"
)

// Locales lists the supported interface languages; "" means follow the
// browser.
var Locales = []string{"", "en", "zh-Hans"}

// UpdatePreferences sets a user's locale ("", "en", "zh-Hans") and display
// currency. Invalid for unsupported values.
// Both are matched without regard to case and stored in canonical form;
// an empty currency means the default (CNY). NotFound for an unknown user.
func (s *Service) UpdatePreferences(ctx context.Context, userID int64, locale, currency string) error {
	const op = "account.UpdatePreferences"
	var fields []errs.FieldError
	canonical, ok := canonicalLocale(locale)
	if !ok {
		fields = append(fields, errs.FieldError{Field: "locale", Message: "language must be English (en) or Simplified Chinese (zh-Hans)"})
	}
	currency = strings.ToUpper(strings.TrimSpace(currency))
	if currency == "" {
		currency = money.Default
	}
	if !money.Valid(currency) {
		fields = append(fields, errs.FieldError{Field: "currency", Message: "currency must be one of " + strings.Join(money.Codes, ", ")})
	}
	if len(fields) > 0 {
		return errs.Fields(op, fields...)
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE users SET locale = $1, currency = $2 WHERE id = $3`, canonical, currency, userID)
		return expectOne(op, res, err)
	})
}

func canonicalLocale(locale string) (string, bool) {
	locale = strings.TrimSpace(locale)
	for _, l := range Locales {
		if strings.EqualFold(l, locale) {
			return l, true
		}
	}
	return "", false
}
