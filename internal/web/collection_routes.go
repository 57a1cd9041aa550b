package web

import "net/http"

// collectionRoutes registers the pages of a collector's items, photos,
// storage boxes, care reminders and labels, and collectors' public
// profiles. Every page of one's own collection asks for a log-in; an id
// that is someone else's answers 404, exactly like one that does not exist.
func (s *Server) collectionRoutes(mux *http.ServeMux) {
	mux.Handle("GET /collection", s.h(s.collectionList))
	mux.Handle("GET /collection/new", s.h(s.itemNew))
	mux.Handle("POST /collection/items", s.h(s.itemCreate))
	mux.Handle("GET /collection/items/{id}", s.h(s.itemShow))
	mux.Handle("GET /collection/items/{id}/edit", s.h(s.itemEdit))
	mux.Handle("POST /collection/items/{id}", s.h(s.itemUpdate))
	mux.Handle("POST /collection/items/{id}/delete", s.h(s.itemDelete))
	mux.Handle("POST /collection/items/{id}/status", s.h(s.itemStatus))
	mux.Handle("POST /collection/items/{id}/care", s.h(s.itemCareDone))

	// Photos.
	mux.Handle("POST /collection/items/{id}/photos", s.h(s.itemPhotosAdd))
	mux.Handle("POST /collection/items/{id}/photos/order", s.h(s.itemPhotosOrder))
	mux.Handle("POST /collection/items/{id}/photos/{photo}/main", s.h(s.itemPhotoMain))
	mux.Handle("POST /collection/items/{id}/photos/{photo}/delete", s.h(s.itemPhotoDelete))
	mux.Handle("GET /collection/photos/{id}", s.h(s.itemPhotoFile(false)))
	mux.Handle("GET /collection/photos/{id}/thumb", s.h(s.itemPhotoFile(true)))

	// Care, boxes and labels.
	mux.Handle("GET /collection/care", s.h(s.careDue))
	mux.Handle("GET /collection/boxes", s.h(s.boxList))
	mux.Handle("POST /collection/boxes", s.h(s.boxCreate))
	mux.Handle("GET /collection/boxes/{id}", s.h(s.boxShow))
	mux.Handle("POST /collection/boxes/{id}/delete", s.h(s.boxDelete))
	mux.Handle("GET /collection/labels", s.h(s.labelSheet))

	// Collectors' public profiles.
	mux.Handle("GET /collectors/{username}", s.h(s.collectorProfile))
}
