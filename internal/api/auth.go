package api

import (
	"context"
	"strings"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/errs"
)

// bearerScheme names the OpenAPI security scheme of personal tokens.
const bearerScheme = "bearer"

type userKey struct{}

// authenticate is huma middleware. A request with an Authorization header
// must carry a valid personal token, even on a public endpoint, so that a
// client with a revoked or mistyped token learns it at once rather than
// silently reading as a guest. Operations that declare the bearer scheme
// answer 401 without a user before their input is even parsed.
func (s *Server) authenticate(ctx huma.Context, next func(huma.Context)) {
	header := ctx.Header("Authorization")
	if header == "" {
		if needsUser(ctx.Operation()) {
			s.fail(ctx, errs.E("api.authenticate", errs.Unauthorized, "this endpoint needs a personal token: Authorization: Bearer chm_…"))
			return
		}
		next(ctx)
		return
	}
	scheme, secret, _ := strings.Cut(header, " ")
	secret = strings.TrimSpace(secret)
	if !strings.EqualFold(scheme, "Bearer") || secret == "" {
		s.fail(ctx, errs.E("api.authenticate", errs.Unauthorized, "use Authorization: Bearer chm_…"))
		return
	}
	u, err := s.deps.Accounts.TokenUser(ctx.Context(), secret)
	if err != nil {
		s.fail(ctx, errs.Wrap("api.authenticate", err))
		return
	}
	next(huma.WithValue(ctx, userKey{}, u))
}

// needsUser reports whether op declares the bearer security requirement.
func needsUser(op *huma.Operation) bool {
	for _, req := range op.Security {
		if _, ok := req[bearerScheme]; ok {
			return true
		}
	}
	return false
}

// userFrom returns the authenticated user of ctx, if any.
func userFrom(ctx context.Context) (*account.User, bool) {
	u, ok := ctx.Value(userKey{}).(*account.User)
	return u, ok && u != nil
}

// requireUser returns the authenticated user or an Unauthorized error.
// Operations with the bearer requirement never get here without one; the
// check keeps a handler safe if it is ever declared without it.
func requireUser(ctx context.Context) (*account.User, error) {
	u, ok := userFrom(ctx)
	if !ok {
		return nil, errs.E("api", errs.Unauthorized, "this endpoint needs a personal token")
	}
	return u, nil
}

// actorOf is the catalog actor for a user.
func actorOf(u *account.User) catalog.Actor {
	return catalog.Actor{UserID: u.ID, Role: u.Role}
}
