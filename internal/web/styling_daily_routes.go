package web

import "net/http"

// stylingDailyRoutes registers the daily pick, mood journal, rotation
// reminder and styling settings pages. Every one is the signed-in
// collector's own: a visitor is sent to log in.
func (s *Server) stylingDailyRoutes(mux *http.ServeMux) {
	mux.Handle("GET /styling/today", s.h(s.dailyShow))
	mux.Handle("POST /styling/today", s.h(s.dailyPick))
	mux.Handle("POST /styling/today/wear", s.h(s.dailyWear))
	mux.Handle("GET /styling/journal", s.h(s.journalShow))
	mux.Handle("GET /styling/settings", s.h(s.stylingSettingsForm))
	mux.Handle("POST /styling/settings", s.h(s.stylingSettingsSubmit))
}
