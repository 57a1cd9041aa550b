package web

import "net/http"

// collectionInsightRoutes registers the wishlist, series completion, value,
// budget, balance and import/export pages.
func (s *Server) collectionInsightRoutes(mux *http.ServeMux) {}
