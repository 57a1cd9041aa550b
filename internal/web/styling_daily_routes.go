package web

import "net/http"

// stylingDailyRoutes registers the daily pick, mood journal, rotation
// reminder and styling settings pages.
func (s *Server) stylingDailyRoutes(mux *http.ServeMux) {}
