package collection

import (
	"strings"
	"sync"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection/csvmap"
	"github.com/charmory/charmory/internal/i18n"
)

// importSchema is what an import file's columns can map to, and the
// headers each target is guessed from (normalised, see csvmap.Normalize),
// best first. Our own CSV export's headers are the targets' names, except
// charm, which reads charm_external_id (stable across installations)
// before charm_id. A "Charm" column maps to charm; as spreadsheets kept by
// hand often put names there, a charm value that is no id is also tried as
// a name.
var importSchema = csvmap.Schema{
	Targets: ImportTargets,
	Guesses: map[string][]string{
		"charm":       {"charm_external_id", "external_id", "charm_id", "charm", "catalog_id", "charm_code"},
		"sku":         {"sku", "barcode", "ean", "upc", "jan", "product_code", "条码", "条形码"},
		"name":        {"name", "charm_name", "title", "item", "product", "名称", "名字", "商品"},
		"title":       {"title", "nickname", "one_off", "标题"},
		"category":    {"category", "type", "kind", "类别", "分类"},
		"materials":   {"materials", "material", "材质", "材料"},
		"condition":   {"condition", "state", "品相", "状态"},
		"acquired_on": {"acquired_on", "acquired", "date", "purchase_date", "date_acquired", "bought", "bought_on", "purchased", "购买日期", "日期"},
		"source":      {"source", "origin", "obtained_from", "where", "来源"},
		"price_paid":  {"price_paid", "paid", "price", "cost", "amount", "价格", "价钱", "金额"},
		"currency":    {"currency", "curr", "币种", "货币"},
		"memory":      {"memory", "notes", "note", "memo", "story", "comment", "comments", "回忆", "备注"},
		"status":      {"status", "item_status"},
		"visibility":  {"visibility", "privacy", "可见性"},
		"box":         {"box", "storage_box", "storage", "location", "收纳盒", "盒子"},
		"quantity":    {"quantity", "qty", "count", "copies", "数量"},
	},
}

// GuessMapping reads the header row of an import file and guesses which
// column fills which import target, as PreviewImport does for an empty
// mapping; the web wizard shows the guess for the owner to correct.
// Errors: Invalid (not a CSV file), TooLarge.
func GuessMapping(content string) (headers []string, m Mapping, err error) {
	headers, err = csvmap.Headers(strings.NewReader(content))
	if err != nil {
		return nil, nil, err
	}
	return headers, importSchema.Guess(headers), nil
}

// importVocabLabels maps the English and Chinese labels of each vocabulary the
// import reads (lower-cased, spaces as underscores) to their codes, so a
// file may say "Blind box" or "盲盒" for blind_box.
var importVocabLabels = sync.OnceValue(func() map[string]map[string]string {
	msgs := i18n.MustLoad()
	out := map[string]map[string]string{}
	for target, v := range map[string]struct {
		prefix string
		codes  []string
	}{
		"condition":  {"condition.", Conditions},
		"source":     {"item_source.", Sources},
		"status":     {"item_status.", Statuses},
		"visibility": {"visibility.", Visibilities},
		"category":   {"category.", catalog.Categories},
		"materials":  {"material.", catalog.Materials},
	} {
		table := map[string]string{}
		for _, code := range v.codes {
			table[code] = code
			for _, lang := range i18n.Languages {
				if msgs.Has(lang, v.prefix+code) {
					table[vocabKey(msgs.T(lang, v.prefix+code))] = code
				}
			}
		}
		out[target] = table
	}
	return out
})

// vocabKey is the form codes and labels are compared in.
func vocabKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(s, "-", " "))), "_")
}

// importVocabCode returns the code a value names in target's vocabulary.
func importVocabCode(target, v string) (string, bool) {
	code, ok := importVocabLabels()[target][vocabKey(v)]
	return code, ok
}
