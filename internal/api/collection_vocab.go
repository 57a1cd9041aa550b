package api

// collection_vocab.go gives the collection's codes schemas that list their
// vocabulary, so huma rejects an unknown code with a located 422 and the
// document follows the collection package's lists.

import (
	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
)

// conditionCode is one of collection.Conditions.
type conditionCode string

// Schema implements huma.SchemaProvider.
func (conditionCode) Schema(huma.Registry) *huma.Schema { return enumSchema(collection.Conditions) }

// sourceCode is one of collection.Sources.
type sourceCode string

// Schema implements huma.SchemaProvider.
func (sourceCode) Schema(huma.Registry) *huma.Schema { return enumSchema(collection.Sources) }

// itemStatus is one of collection.Statuses.
type itemStatus string

// Schema implements huma.SchemaProvider.
func (itemStatus) Schema(huma.Registry) *huma.Schema { return enumSchema(collection.Statuses) }

// visibilityCode is one of collection.Visibilities.
type visibilityCode string

// Schema implements huma.SchemaProvider.
func (visibilityCode) Schema(huma.Registry) *huma.Schema { return enumSchema(collection.Visibilities) }

// categoryCode is one of catalog.Categories.
type categoryCode string

// Schema implements huma.SchemaProvider.
func (categoryCode) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.Categories) }

// materialCode is one of catalog.Materials.
type materialCode string

// Schema implements huma.SchemaProvider.
func (materialCode) Schema(huma.Registry) *huma.Schema { return enumSchema(catalog.Materials) }

// budgetSellerKind is one of collection.BudgetSellerKinds.
type budgetSellerKind string

// Schema implements huma.SchemaProvider.
func (budgetSellerKind) Schema(huma.Registry) *huma.Schema {
	return enumSchema(collection.BudgetSellerKinds)
}

// careTaskCode is the task of one of collection.CareRules.
type careTaskCode string

// Schema implements huma.SchemaProvider.
func (careTaskCode) Schema(huma.Registry) *huma.Schema {
	tasks := make([]string, len(collection.CareRules))
	for i, r := range collection.CareRules {
		tasks[i] = r.Task
	}
	return enumSchema(tasks)
}

// itemSort is an order of the item list.
type itemSort string

// Schema implements huma.SchemaProvider.
func (itemSort) Schema(huma.Registry) *huma.Schema {
	return enumSchema([]string{"recent", "name", "acquired"})
}

// exportFormat is a format of the collection export.
type exportFormat string

// Schema implements huma.SchemaProvider.
func (exportFormat) Schema(huma.Registry) *huma.Schema { return enumSchema([]string{"json", "csv"}) }

func codes[T ~string](l []T) []string {
	out := make([]string, len(l))
	for i, v := range l {
		out[i] = string(v)
	}
	return out
}
