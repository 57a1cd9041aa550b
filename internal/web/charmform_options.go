package web

import (
	"cmp"
	"context"
	"slices"
	"strconv"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// Choice is one option of a select or checkbox group, labelled in the
// visitor's language.
type Choice struct {
	Value string
	Label string
}

// ChoiceGroup is an optgroup.
type ChoiceGroup struct {
	Label   string
	Choices []Choice
}

// CharmFormOptions are the choices the charm form offers: the catalog's
// studios, IPs and series (grouped by studio), and the vocabularies.
type CharmFormOptions struct {
	Studios    []Choice
	IPs        []Choice
	Series     []ChoiceGroup
	Categories []Choice
	Materials  []Choice
	Colours    []Choice
	Themes     []Choice
	Eco        []Choice
	Regions    []Choice
	Rarities   []Choice
	Currencies []Choice
}

// maxOptionPages bounds how many pages of a list a page reads, so a
// runaway catalog cannot make one page unbounded.
const maxOptionPages = 50

// charmFormOptions loads what the charm form offers, labelled in lang.
func (s *Server) charmFormOptions(ctx context.Context, lang string) (*CharmFormOptions, error) {
	vocab := func(kind string, codes []string) []Choice {
		out := make([]Choice, len(codes))
		for i, c := range codes {
			out[i] = Choice{Value: c, Label: s.msgs.T(lang, kind+"."+c)}
		}
		return out
	}
	o := &CharmFormOptions{
		Categories: vocab("category", catalog.Categories), Materials: vocab("material", catalog.Materials),
		Colours: vocab("colour", catalog.Colours), Themes: vocab("theme", catalog.Themes),
		Eco: vocab("eco", catalog.EcoAttributes), Regions: vocab("region", catalog.Regions),
		Rarities: vocab("rarity", catalog.Rarities),
	}
	for _, c := range money.Codes {
		o.Currencies = append(o.Currencies, Choice{Value: c, Label: c})
	}
	studios, err := allPages(func(cursor string) (*catalog.Page[catalog.Studio], error) {
		return s.deps.Catalog.Studios(ctx, catalog.StudioFilter{Cursor: cursor, Limit: 100})
	})
	if err != nil {
		return nil, err
	}
	for _, st := range studios {
		o.Studios = append(o.Studios, Choice{Value: idString(st.ID), Label: bilingual(lang, st.Name, st.NameZH)})
	}
	ips, err := s.deps.Catalog.IPs(ctx)
	if err != nil {
		return nil, err
	}
	for _, ip := range ips {
		o.IPs = append(o.IPs, Choice{Value: idString(ip.ID), Label: bilingual(lang, ip.Name, ip.NameZH)})
	}
	series, err := allPages(func(cursor string) (*catalog.Page[catalog.Series], error) {
		return s.deps.Catalog.SeriesList(ctx, catalog.SeriesFilter{Cursor: cursor, Limit: 100})
	})
	if err != nil {
		return nil, err
	}
	o.Series = groupSeries(lang, series)
	return o, nil
}

// groupSeries sorts series by studio and name and groups them by studio.
func groupSeries(lang string, series []catalog.Series) []ChoiceGroup {
	slices.SortFunc(series, func(a, b catalog.Series) int {
		return cmp.Or(cmp.Compare(a.StudioName, b.StudioName), cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	var out []ChoiceGroup
	for _, sr := range series {
		if len(out) == 0 || out[len(out)-1].Label != sr.StudioName {
			out = append(out, ChoiceGroup{Label: sr.StudioName})
		}
		g := &out[len(out)-1]
		g.Choices = append(g.Choices, Choice{Value: strconv.FormatInt(sr.ID, 10), Label: bilingual(lang, sr.Name, sr.NameZH)})
	}
	return out
}

// allPages reads a keyset-paginated list to its end, up to maxOptionPages.
func allPages[T any](page func(cursor string) (*catalog.Page[T], error)) ([]T, error) {
	var all []T
	cursor := ""
	for range maxOptionPages {
		p, err := page(cursor)
		if err != nil {
			return nil, err
		}
		all = append(all, p.Items...)
		if cursor = p.Next; cursor == "" {
			break
		}
	}
	return all, nil
}

// bilingual names something in both scripts when it has a Chinese name,
// the reader's language first, so either reader recognises it.
func bilingual(lang, name, nameZH string) string {
	switch {
	case nameZH == "" || nameZH == name:
		return name
	case localName(lang, name, nameZH) == nameZH:
		return nameZH + " · " + name
	}
	return name + " · " + nameZH
}
