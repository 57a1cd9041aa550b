package collection

import (
	"bufio"
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/errs"
)

// exportColumns are the CSV export's header, in order. Import guesses its
// mapping from these names, so an export imports back as it is.
var exportColumns = []string{"id", "charm_id", "charm_external_id", "sku", "name", "title", "category", "materials",
	"condition", "acquired_on", "source", "price_paid", "currency", "memory", "status", "visibility", "box", "photos"}

// exportCSV writes one row per item. Materials are separated by "|",
// photos by spaces; prices are in major units.
func (s *Service) exportCSV(ctx context.Context, owner int64, w io.Writer) error {
	const op = "export collection"
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	if err := cw.Write(exportColumns); err != nil {
		return errs.Wrap(op, err)
	}
	rec := make([]string, len(exportColumns))
	err := s.eachItem(ctx, owner, func(it *exportItem) error {
		charmID := ""
		if it.CharmID != 0 {
			charmID = strconv.FormatInt(it.CharmID, 10)
		}
		photos := make([]string, len(it.Photos))
		for i, p := range it.Photos {
			photos[i] = p.URL
		}
		rec = append(rec[:0], strconv.FormatInt(it.ID, 10), charmID, it.CharmExternalID, it.SKU, it.Name, it.Title,
			it.Category, strings.Join(it.Materials, "|"), it.Condition, it.AcquiredOn, it.Source,
			exportAmount(it.PricePaid, it.Currency), it.Currency, it.Memory, it.Status, it.Visibility, it.Box,
			strings.Join(photos, " "))
		return cw.Write(rec)
	})
	if err != nil {
		return errs.Wrap(op, err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return errs.Wrap(op, err)
	}
	return errs.Wrap(op, bw.Flush())
}
