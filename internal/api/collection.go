package api

// tagCollection groups the collection operations in the docs.
const tagCollection = "Collection"

// collectionRoutes declares the collection operations.
func (s *Server) collectionRoutes() {}
