package web

import (
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/account"
)

// TokensPage lists the user's personal API tokens. Right after creating
// one it also holds the new token's secret, which is shown this once.
type TokensPage struct {
	Base
	Tokens  []account.Token
	Created *account.Token // the token just created, if any
	Secret  string         // its secret
	Curl    string         // an example request using it
	Name    string         // the name typed into the create form
	Revoked bool           // a token was just revoked
	Errors  formErrors

	now time.Time
}

// State is "active", "expired" or "revoked".
func (p *TokensPage) State(t account.Token) string {
	switch {
	case t.RevokedAt != nil:
		return "revoked"
	case t.ExpiresAt != nil && !p.now.Before(*t.ExpiresAt):
		return "expired"
	}
	return "active"
}

// tokenList shows the signed-in user's tokens.
func (s *Server) tokenList(w http.ResponseWriter, r *http.Request) error {
	u, err := requireUser(r, "tokenList")
	if err != nil {
		return err
	}
	page, err := s.tokensPage(r, u)
	if err != nil {
		return err
	}
	page.Revoked = r.URL.Query().Get("revoked") == "1"
	return s.render(w, r, http.StatusOK, "tokens", page)
}

// tokensPage builds the tokens page with the user's current tokens.
func (s *Server) tokensPage(r *http.Request, u *account.User) (*TokensPage, error) {
	tokens, err := s.deps.Accounts.Tokens(r.Context(), u.ID)
	if err != nil {
		return nil, err
	}
	return &TokensPage{Base: s.base(r, "tokens.title"), Tokens: tokens, now: time.Now()}, nil
}
