package collection

import (
	"strings"
	"unicode/utf8"

	"github.com/charmory/charmory/internal/money"

	"github.com/charmory/charmory/internal/errs"
)

// match finds the row's charm: by the charm column (external id or catalog
// id), else by SKU, else by name; a charm value that is no id is tried as
// a name when the row has none. A row matching nothing becomes a one-off
// named by its title or name; a row naming nothing is an error.
func (b *rowBuilder) match(pr *plannedRow, lk *charmLookup) {
	charm, sku, name, title := b.v["charm"], b.v["sku"], b.v["name"], b.v["title"]
	if charm != "" {
		if c := lk.charm(charm); c != nil {
			pr.on, pr.value, pr.match, pr.charm = "charm", charm, matchID, c
			return
		}
	}
	nameOn, nameValue := "name", name
	if name == "" && charm != "" {
		nameOn, nameValue = "charm", charm
	}
	for _, by := range []struct {
		target, value, match string
		found                []*charmRef
	}{
		{"sku", sku, matchSKU, lk.bySKU[sku]},
		{nameOn, nameValue, matchName, lk.byName[matchKey(nameValue)]},
	} {
		if by.value == "" || len(by.found) == 0 {
			continue
		}
		pr.on, pr.value = by.target, by.value
		if len(by.found) == 1 {
			pr.match, pr.charm = by.match, by.found[0]
			return
		}
		pr.match, pr.candidates = matchAmbiguous, by.found
		pr.fallback = firstNonEmpty(title, name)
		return
	}
	if t := firstNonEmpty(title, name); t != "" {
		pr.on, pr.value, pr.match, pr.in.Title = "title", t, matchOneOff, t
		return
	}
	switch {
	case charm != "":
		b.fail("charm", "“"+charm+"” is not the id, external id or name of a catalog charm, and the row has no name or title to make a one-off")
	case sku != "":
		b.fail("sku", "no catalog charm has SKU “"+sku+"”, and the row has no name or title to make a one-off")
	default:
		b.fail(b.namingTarget(), "is empty: the row needs a charm, SKU, name or title")
	}
}

// namingTarget is the first mapped column that names a row's charm.
func (b *rowBuilder) namingTarget() string {
	for _, t := range []string{"charm", "sku", "name", "title"} {
		if b.plan.mapping[t] != "" {
			return t
		}
	}
	return "title"
}

// fields parses the row's other values into the item input.
func (b *rowBuilder) fields(pr *plannedRow, currency string) {
	in := &pr.in
	var msg string
	if pr.qty, msg = importQuantity(b.v["quantity"]); msg != "" {
		b.fail("quantity", msg)
	}
	for _, f := range []struct {
		target string
		dst    *string
	}{{"condition", &in.Condition}, {"source", &in.Source}, {"status", &in.Status}, {"visibility", &in.Visibility}, {"category", &in.Category}} {
		if *f.dst, msg = importVocab(f.target, b.v[f.target]); msg != "" {
			b.fail(f.target, msg)
		}
	}
	if in.Materials, msg = importMaterials(b.v["materials"]); msg != "" {
		b.fail("materials", msg)
	}
	if in.AcquiredOn, msg = importDate(b.v["acquired_on"]); msg != "" {
		b.fail("acquired_on", msg)
	}
	in.Memory = b.v["memory"]
	if pr.match != matchOneOff && pr.match != "" {
		in.Title = b.v["title"]
	}
	in.normalize(currency)
	if v := b.v["currency"]; v != "" {
		in.Currency = strings.ToUpper(v)
	}
	if money.Valid(in.Currency) {
		if in.PricePaid, msg = importPrice(b.v["price_paid"], in.Currency); msg != "" {
			b.fail("price_paid", msg)
		}
	}
	pr.box = b.v["box"]
	if utf8.RuneCountInString(pr.box) > importBoxNameMax {
		b.fail("box", "is too long (100 characters at most)")
	}
}

// validate applies the item rules to the row's input, as creating the item
// would, and drops what only repeats the matched charm.
func (b *rowBuilder) validate(pr *plannedRow, today string) {
	in := pr.in
	switch {
	case pr.charm != nil:
		pr.in.CharmID = pr.charm.ID
		pr.in.trimToCharm(pr.charm)
		in.CharmID = pr.charm.ID
	case pr.match == matchAmbiguous:
		in.CharmID = pr.candidates[0].ID // any candidate: the other fields are checked
	}
	err := in.validate("import", today)
	for _, fe := range errs.FieldsOf(err) {
		b.fail(importTarget(fe.Field), fe.Message)
	}
}

// trimToCharm drops a nickname, category and materials that only repeat
// the catalog charm's, so an exported collection imports back unchanged.
func (in *ItemInput) trimToCharm(c *charmRef) {
	if matchKey(in.Title) == matchKey(c.Name) || (c.NameZH != "" && matchKey(in.Title) == matchKey(c.NameZH)) {
		in.Title = ""
	}
	if in.Category == c.Category {
		in.Category = ""
	}
	if len(in.Materials) > 0 && sameCodes(in.Materials, c.Materials) {
		in.Materials = nil
	}
}

// importTarget names the import target of an item field.
func importTarget(field string) string {
	switch field {
	case "charm_id":
		return "charm"
	case "box_id":
		return "box"
	}
	return field
}

func firstNonEmpty(list ...string) string {
	for _, s := range list {
		if s != "" {
			return s
		}
	}
	return ""
}
