//go:build !race

package collection

// largeImportRows is the size of TestImportLarge's file.
const largeImportRows = 50_000
