// Package photo checks uploaded photos before anything decodes them, makes
// thumbnails, and stores files content-addressed on disk. It has no
// database.
package photo

// Store keeps photo files and their thumbnails under one directory,
// named by the sha256 of the original file.
type Store struct {
	dir string
}

// NewStore returns a store rooted at dir (created on first write).
func NewStore(dir string) *Store { return &Store{dir: dir} }
