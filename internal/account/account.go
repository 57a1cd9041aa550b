// Package account holds users, password hashes (argon2id), database-backed
// sessions, personal API tokens, roles and login rate limiting.
package account

import (
	"crypto/rand"
	"io"
	"sync"
	"time"

	"github.com/charmory/charmory/internal/db"
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

// ValidRole reports whether role is one of Roles.
func ValidRole(role string) bool {
	for _, r := range Roles {
		if r == role {
			return true
		}
	}
	return false
}

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
	db   *db.DB
	now  func() time.Time
	rand io.Reader  // source of salts and secrets
	hash hashParams // cost of new password hashes

	purgeMu   sync.Mutex
	nextPurge time.Time // earliest time of the next opportunistic purge
}

// NewService builds the account service; now is the clock (nil: time.Now).
func NewService(d *db.DB, now func() time.Time) *Service {
	if now == nil {
		now = time.Now
	}
	return &Service{db: d, now: now, rand: rand.Reader, hash: defaultHashParams}
}

// clock returns the current time in UTC at the microsecond precision both
// engines store, so a time read back equals the time written.
func (s *Service) clock() time.Time {
	return s.now().UTC().Truncate(time.Microsecond)
}
