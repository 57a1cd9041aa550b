package search

// Index is the in-memory index. Safe for concurrent use.
type Index struct{}

// New returns an empty index.
func New() *Index { return &Index{} }

// Upsert adds or replaces documents.
func (x *Index) Upsert(docs ...Doc) {}

// Search answers q. Invalid filters, sorts or cursors return an error.
func (x *Index) Search(q Query) (Result, error) { return Result{}, nil }

// Len returns the number of documents.
func (x *Index) Len() int { return 0 }
