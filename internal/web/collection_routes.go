package web

import "net/http"

// collectionRoutes registers the pages of a collector's items, photos,
// storage boxes, care reminders and labels.
func (s *Server) collectionRoutes(mux *http.ServeMux) {}
