package api

import (
	"context"
	"net/http"
	"time"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/errs"
)

// User is the signed-in user's own account.
type User struct {
	ID          int64     `json:"id" example:"12"`
	Username    string    `json:"username" example:"mei"`
	Email       string    `json:"email,omitempty" example:"mei@example.com"`
	DisplayName string    `json:"display_name" example:"Mei"`
	Role        string    `json:"role" enum:"collector,creator,moderator,admin" example:"collector"`
	Locale      string    `json:"locale,omitempty" example:"zh-Hans"`
	Currency    string    `json:"currency,omitempty" example:"CNY" doc:"Preferred display currency."`
	CreatedAt   time.Time `json:"created_at"`
}

// Token is a personal API token; its secret is shown only when created.
type Token struct {
	ID         int64      `json:"id" example:"4"`
	Name       string     `json:"name" example:"collection sync"`
	Prefix     string     `json:"prefix" example:"chm_Xy7q" doc:"The first characters of the secret, to recognise it."`
	CreatedAt  time.Time  `json:"created_at"`
	LastUsedAt *time.Time `json:"last_used_at,omitempty"`
	ExpiresAt  *time.Time `json:"expires_at,omitempty"`
	RevokedAt  *time.Time `json:"revoked_at,omitempty"`
}

func tokenOf(t *account.Token) Token {
	return Token{ID: t.ID, Name: t.Name, Prefix: t.Prefix, CreatedAt: t.CreatedAt,
		LastUsedAt: t.LastUsedAt, ExpiresAt: t.ExpiresAt, RevokedAt: t.RevokedAt}
}

// TokenCreated is a new token with its secret, shown this once.
type TokenCreated struct {
	Token  Token  `json:"token"`
	Secret string `json:"secret" example:"chm_Xy7q…" doc:"Send as Authorization: Bearer <secret>. Store it now: it cannot be shown again."`
}

// TokenCreate names a new token.
type TokenCreate struct {
	Name string `json:"name" minLength:"1" maxLength:"64" example:"collection sync" doc:"What the token is for."`
}

func (s *Server) accountRoutes() {
	handle(s, endpoint{
		id: "get-me", method: http.MethodGet, path: "/me", tag: tagAccount,
		summary: "Get the signed-in user", auth: true,
	}, s.getMe)
	handle(s, endpoint{
		id: "list-tokens", method: http.MethodGet, path: "/tokens", tag: tagAccount,
		summary: "List your personal tokens", desc: "Newest first, revoked ones included; never the secrets.", auth: true,
	}, s.listTokens)
	handle(s, endpoint{
		id: "create-token", method: http.MethodPost, path: "/tokens", tag: tagAccount,
		summary: "Create a personal token", desc: "The response holds the secret; it is shown only this once.",
		auth: true, status: http.StatusCreated,
	}, s.createToken)
	handle(s, endpoint{
		id: "revoke-token", method: http.MethodDelete, path: "/tokens/{id}", tag: tagAccount,
		summary: "Revoke one of your tokens", auth: true, status: http.StatusNoContent,
		errors: []int{http.StatusNotFound},
	}, s.revokeToken)
}

func (s *Server) getMe(ctx context.Context, _ *struct{}) (*body[User], error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	return &body[User]{Body: User{ID: u.ID, Username: u.Username, Email: u.Email, DisplayName: u.DisplayName,
		Role: u.Role, Locale: u.Locale, Currency: u.Currency, CreatedAt: u.CreatedAt}}, nil
}

func (s *Server) listTokens(ctx context.Context, in *PageParams) (*body[Page[Token]], error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	toks, err := s.deps.Accounts.Tokens(ctx, u.ID)
	if err != nil {
		return nil, errs.Wrap("api.listTokens", err)
	}
	out := make([]Token, len(toks))
	for i := range toks {
		out[i] = tokenOf(&toks[i])
	}
	return slicePage(out, func(t Token) string { return itoa(t.ID) }, *in)
}

type tokenCreateInput struct {
	Body TokenCreate
}

func (s *Server) createToken(ctx context.Context, in *tokenCreateInput) (*body[TokenCreated], error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	secret, t, err := s.deps.Accounts.CreateToken(ctx, u.ID, in.Body.Name)
	if err != nil {
		return nil, errs.Wrap("api.createToken", err)
	}
	return &body[TokenCreated]{Body: TokenCreated{Token: tokenOf(t), Secret: secret}}, nil
}

type tokenIDInput struct {
	ID int64 `path:"id" minimum:"1" example:"4" doc:"Token id."`
}

func (s *Server) revokeToken(ctx context.Context, in *tokenIDInput) (*struct{}, error) {
	u, err := requireUser(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.deps.Accounts.RevokeToken(ctx, u.ID, in.ID); err != nil {
		return nil, errs.Wrap("api.revokeToken", err)
	}
	return &struct{}{}, nil
}
