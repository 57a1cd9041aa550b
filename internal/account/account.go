// Package account holds users, password hashes (argon2id), database-backed
// sessions, personal API tokens, roles and login rate limiting.
package account

import (
	"context"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/errs"
)

// Roles, from least to most privileged.
const (
	RoleCollector = "collector"
	RoleCreator   = "creator"
	RoleModerator = "moderator"
	RoleAdmin     = "admin"
)

// Roles lists the valid roles.
var Roles = []string{RoleCollector, RoleCreator, RoleModerator, RoleAdmin}

// User is an account. The password hash never leaves this package.
type User struct {
	ID          int64     `json:"id"`
	Username    string    `json:"username"`
	Email       string    `json:"email,omitempty"`
	DisplayName string    `json:"display_name"`
	Role        string    `json:"role"`
	Locale      string    `json:"locale,omitempty"`   // "", "en" or "zh-Hans"
	Currency    string    `json:"currency,omitempty"` // preferred display currency
	CreatedAt   time.Time `json:"created_at"`
}

// CanModerate reports whether u may approve or reject contributions.
func (u *User) CanModerate() bool {
	return u != nil && (u.Role == RoleModerator || u.Role == RoleAdmin)
}

// SignUp is what a new account needs.
type SignUp struct {
	Username    string
	Email       string
	Password    string
	DisplayName string
}

// Token is a personal API token; the secret is shown once at creation and
// only its hash is stored.
type Token struct {
	ID         int64      `json:"id"`
	UserID     int64      `json:"-"`
	Name       string     `json:"name"`
	Prefix     string     `json:"prefix"` // first characters, to recognise it
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

// Service is the account capability.
type Service struct {
	db  *db.DB
	now func() time.Time
}

// NewService builds the account service; now is the clock (nil: time.Now).
func NewService(d *db.DB, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: d, now: now}
}

var errTODO = errs.E("account", errs.Internal, "not implemented yet")

// SignUp creates a collector account. Invalid with field errors for a bad
// username, email or password; Conflict (on field username or email) when taken.
func (s *Service) SignUp(ctx context.Context, in SignUp) (*User, error) { return nil, errTODO }

// Login checks a username (or email) and password. Unauthorized on a wrong
// pair; RateLimited after too many failures for the name or the client.
func (s *Service) Login(ctx context.Context, login, password, client string) (*User, error) {
	return nil, errTODO
}

// CreateSession starts a session and returns its secret token.
func (s *Service) CreateSession(ctx context.Context, userID int64, userAgent string) (string, error) {
	return "", errTODO
}

// SessionUser returns the user of a live session. Unauthorized if none.
func (s *Service) SessionUser(ctx context.Context, token string) (*User, error) {
	return nil, errTODO
}

// DeleteSession ends a session (log out). Unknown tokens are ignored.
func (s *Service) DeleteSession(ctx context.Context, token string) error { return errTODO }
