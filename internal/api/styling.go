package api

// tagStyling groups the styling operations in the docs.
const tagStyling = "Styling"

// stylingRoutes declares the styling operations.
func (s *Server) stylingRoutes() {}
