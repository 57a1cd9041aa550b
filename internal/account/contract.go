package account

// contract.go lists the account service's public methods with placeholder
// bodies; each moves to the file that implements it, then this file goes.

import "context"

// HashPassword returns an argon2id hash in PHC string form.
func HashPassword(password string) (string, error) { return "", errTODO }

// CreateUser creates an account with a role (CLI, demo data). Same errors
// as SignUp, plus Invalid for an unknown role.
func (s *Service) CreateUser(ctx context.Context, in SignUp, role string) (*User, error) {
	return nil, errTODO
}

// User returns a user by id. NotFound if none.
func (s *Service) User(ctx context.Context, id int64) (*User, error) { return nil, errTODO }

// UserByUsername returns a user by username. NotFound if none.
func (s *Service) UserByUsername(ctx context.Context, username string) (*User, error) {
	return nil, errTODO
}

// Users lists users by id with keyset pagination (admin).
func (s *Service) Users(ctx context.Context, cursor string, limit int) ([]User, string, error) {
	return nil, "", errTODO
}

// SetRole changes a user's role. Invalid for unknown roles; NotFound.
func (s *Service) SetRole(ctx context.Context, username, role string) error { return errTODO }

// SetPassword replaces a user's password (CLI). Invalid if too weak.
func (s *Service) SetPassword(ctx context.Context, username, password string) error {
	return errTODO
}

// UpdatePreferences sets a user's locale ("", "en", "zh-Hans") and display
// currency. Invalid for unsupported values.
func (s *Service) UpdatePreferences(ctx context.Context, userID int64, locale, currency string) error {
	return errTODO
}

// CreateToken makes a personal API token; the returned secret is shown
// once and only its hash is stored. Invalid for an empty or long name.
func (s *Service) CreateToken(ctx context.Context, userID int64, name string) (string, *Token, error) {
	return "", nil, errTODO
}

// Tokens lists a user's tokens, newest first (never the secrets).
func (s *Service) Tokens(ctx context.Context, userID int64) ([]Token, error) { return nil, errTODO }

// RevokeToken revokes one of the user's own tokens; NotFound for a token
// that is not theirs.
func (s *Service) RevokeToken(ctx context.Context, userID, tokenID int64) error { return errTODO }

// TokenUser returns the user of a valid, unrevoked, unexpired token and
// records its use. Unauthorized otherwise.
func (s *Service) TokenUser(ctx context.Context, secret string) (*User, error) { return nil, errTODO }
