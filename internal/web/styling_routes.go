package web

import "net/http"

// stylingRoutes registers the carrier, loadout, coach, picture, journey and
// share pages.
func (s *Server) stylingRoutes(mux *http.ServeMux) {}
