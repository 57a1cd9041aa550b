//go:build race

package collection

// largeImportRows is smaller under the race detector, which slows the
// pure-Go SQLite engine some twentyfold; without it the test imports
// 50,000 rows.
const largeImportRows = 5_000
