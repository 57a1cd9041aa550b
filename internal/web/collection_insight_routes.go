package web

import "net/http"

// collectionInsightRoutes registers the wishlist, series completion, value,
// budget, balance and import/export pages. Every route but the public
// wishlist is the signed-in collector's own.
func (s *Server) collectionInsightRoutes(mux *http.ServeMux) {
	mux.Handle("GET /collection/wishlist", s.h(s.wishList))
	mux.Handle("POST /collection/wishlist", s.h(s.wishAdd))
	mux.Handle("POST /collection/wishlist/sharing", s.h(s.wishSharing))
	mux.Handle("POST /collection/wishlist/{id}", s.h(s.wishUpdate))
	mux.Handle("POST /collection/wishlist/{id}/delete", s.h(s.wishDelete))
	mux.Handle("GET /collectors/{username}/wishlist", s.h(s.collectorWishlist))

	mux.Handle("GET /collection/series", s.h(s.completionList))
	mux.Handle("GET /collection/series/{id}", s.h(s.completionShow))
	mux.Handle("GET /collection/value", s.h(s.valueShow))
	mux.Handle("GET /collection/balance", s.h(s.balanceShow))

	mux.Handle("GET /collection/budget", s.h(s.budgetShow))
	mux.Handle("POST /collection/budget/settings", s.h(s.budgetSettings))
	mux.Handle("POST /collection/budget/entries", s.h(s.budgetEntryAdd))
	mux.Handle("POST /collection/budget/entries/{id}/delete", s.h(s.budgetEntryDelete))

	mux.Handle("GET /collection/import", s.h(s.importUpload))
	mux.Handle("POST /collection/import", s.h(s.importStage))
	mux.Handle("GET /collection/import/example", s.h(s.importExample))
	mux.Handle("GET /collection/import/{id}", s.h(s.importMap))
	mux.Handle("POST /collection/import/{id}", s.h(s.importSubmit))
	mux.Handle("POST /collection/import/{id}/discard", s.h(s.importDiscard))
	mux.Handle("GET /collection/export.csv", s.h(s.exportDownload("csv")))
	mux.Handle("GET /collection/export.json", s.h(s.exportDownload("json")))
}
