package web

import "net/http"

// stylingRoutes registers the carrier, loadout, coach, picture, journey and
// share pages. Every page of one's own carriers asks for a log-in, and an
// id that is someone else's answers 404, exactly like one that does not
// exist. The share pages under /s/ are public.
func (s *Server) stylingRoutes(mux *http.ServeMux) {
	// Carriers.
	mux.Handle("GET /styling", s.h(s.carrierList))
	mux.Handle("POST /styling/carriers", s.h(s.carrierCreate))
	mux.Handle("GET /styling/carriers/{id}", s.h(s.carrierShow))
	mux.Handle("GET /styling/carriers/{id}/edit", s.h(s.carrierEdit))
	mux.Handle("POST /styling/carriers/{id}", s.h(s.carrierUpdate))
	mux.Handle("POST /styling/carriers/{id}/delete", s.h(s.carrierDelete))

	// The loadout editor: save, and the coach and picture of a draft.
	mux.Handle("POST /styling/carriers/{id}/loadout", s.h(s.loadoutSave))
	mux.Handle("GET /styling/carriers/{id}/coach", s.h(s.loadoutCoach))
	mux.Handle("GET /styling/carriers/{id}/preview.svg", s.h(s.loadoutPreview))

	// The journey: past loadouts with notes, photos and sharing.
	mux.Handle("GET /styling/carriers/{id}/journey", s.h(s.journeyShow))
	mux.Handle("POST /styling/loadouts/{id}/note", s.h(s.journeyNote))
	mux.Handle("POST /styling/loadouts/{id}/photo", s.h(s.journeyPhoto))
	mux.Handle("GET /styling/loadouts/{id}/photo", s.h(s.journeyPhotoFile))
	mux.Handle("POST /styling/loadouts/{id}/share", s.h(s.journeyShare))
	mux.Handle("POST /styling/loadouts/{id}/unshare", s.h(s.journeyUnshare))
	mux.Handle("GET /styling/loadouts/{id}/picture.svg", s.h(s.loadoutPictureSVG))
	mux.Handle("GET /styling/loadouts/{id}/picture.png", s.h(s.loadoutPicturePNG))

	// Public share pages: /s/{token} and its card /s/{token}.png (one
	// pattern, since a wildcard fills a whole path segment).
	mux.Handle("GET /s/{token}", s.h(s.sharePage))
}
