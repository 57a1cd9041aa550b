package web

import "net/http"

// Register adds the web routes to mux: the one routes table of the UI.
func (s *Server) Register(mux *http.ServeMux) {
	mux.Handle("GET /static/v"+staticVersion+"/", s.static)
	mux.Handle("GET /{$}", s.h(s.home))
	mux.Handle("POST /preferences", s.h(s.preferencesUpdate))

	// Catalog.
	mux.Handle("GET /charms", s.h(s.charmSearch))
	mux.Handle("GET /charms/{id}", s.h(s.charmShow))
	mux.Handle("GET /charms/{id}/image.svg", s.h(s.charmImage))
	mux.Handle("GET /charms/{id}/history", s.h(s.charmHistory))
	mux.Handle("GET /studios", s.h(s.studioList))
	mux.Handle("GET /studios/{slug}", s.h(s.studioShow))
	mux.Handle("GET /series", s.h(s.seriesList))
	mux.Handle("GET /series/{slug}", s.h(s.seriesShow))
	mux.Handle("GET /sellers", s.h(s.sellerList))

	// Accounts.
	mux.Handle("GET /signup", s.h(s.signupForm))
	mux.Handle("POST /signup", s.h(s.signupSubmit))
	mux.Handle("GET /login", s.h(s.loginForm))
	mux.Handle("POST /login", s.h(s.loginSubmit))
	mux.Handle("POST /logout", s.h(s.logout))
	mux.Handle("GET /settings", s.h(s.settingsForm))
	mux.Handle("POST /settings", s.h(s.settingsSubmit))
	mux.Handle("GET /settings/tokens", s.h(s.tokenList))
	mux.Handle("POST /settings/tokens", s.h(s.tokenCreate))
	mux.Handle("POST /settings/tokens/{id}/revoke", s.h(s.tokenRevoke))

	// Contributions and moderation.
	mux.Handle("GET /contribute", s.h(s.contributeForm))
	mux.Handle("POST /contribute", s.h(s.contributeSubmit))
	mux.Handle("GET /charms/{id}/edit", s.h(s.charmEditForm))
	mux.Handle("POST /charms/{id}/edit", s.h(s.charmEditSubmit))
	mux.Handle("GET /contributions", s.h(s.contributionList))
	mux.Handle("GET /contributions/{id}", s.h(s.contributionShow))
	mux.Handle("GET /moderation", s.h(s.moderationQueue))
	mux.Handle("POST /contributions/{id}/approve", s.h(s.contributionApprove))
	mux.Handle("POST /contributions/{id}/reject", s.h(s.contributionReject))

	// Collection: items, photos, boxes, care and labels (collection_routes.go);
	// wishlist, series, value, budget, balance, import/export
	// (collection_insight_routes.go).
	s.collectionRoutes(mux)
	s.collectionInsightRoutes(mux)

	// Styling: carriers, loadouts, coach, pictures, journey and sharing
	// (styling_routes.go); the daily pick, mood journal, rotation reminders
	// and styling settings (styling_daily_routes.go).
	s.stylingRoutes(mux)
	s.stylingDailyRoutes(mux)

	// Anything else is a friendly 404 page.
	mux.Handle("/", s.h(s.notFound))
}
