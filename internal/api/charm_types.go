package api

import (
	"time"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/money"
)

// Money is an amount in integer minor units of a currency, with a
// ready-to-show rendering.
type Money struct {
	Amount   int64  `json:"amount" example:"5900" doc:"Amount in minor units of the currency (fen for CNY)."`
	Currency string `json:"currency" example:"CNY" doc:"ISO 4217 currency code."`
	Display  string `json:"display" example:"¥59.00" doc:"The amount formatted for people."`
}

func moneyOf(minor int64, currency string) Money {
	return Money{Amount: minor, Currency: currency, Display: money.Format(minor, currency)}
}

// Ref names a related record.
type Ref struct {
	ID   int64  `json:"id" example:"3"`
	Slug string `json:"slug,omitempty" example:"pop-mart"`
	Name string `json:"name" example:"Pop Mart"`
}

// refOf returns a Ref, or nil when id is 0 (no such relation).
func refOf(id int64, slug, name string) *Ref {
	if id == 0 {
		return nil
	}
	return &Ref{ID: id, Slug: slug, Name: name}
}

// Charm is one catalog entry as the API shows it.
type Charm struct {
	ID           int64     `json:"id" example:"1042"`
	ExternalID   string    `json:"external_id" example:"popmart-labubu-macaron-03" doc:"Stable id used by imports."`
	Name         string    `json:"name" example:"Labubu Macaron Lychee Berry"`
	NameZH       string    `json:"name_zh,omitempty" example:"拉布布 马卡龙 荔枝莓莓"`
	Studio       Ref       `json:"studio"`
	IP           *Ref      `json:"ip,omitempty" doc:"The licensed IP or franchise, if any."`
	Series       *Ref      `json:"series,omitempty" doc:"The series it belongs to, if any."`
	Category     string    `json:"category" example:"plush"`
	Materials    []string  `json:"materials" nullable:"false" example:"[\"plush_fabric\",\"pvc\"]"`
	Colours      []string  `json:"colours" nullable:"false" example:"[\"pink\"]"`
	Themes       []string  `json:"themes" nullable:"false" example:"[\"kawaii\"]"`
	WidthMM      int       `json:"width_mm,omitempty" example:"70"`
	HeightMM     int       `json:"height_mm,omitempty" example:"170"`
	WeightG      int       `json:"weight_g,omitempty" example:"60"`
	ReleaseDate  string    `json:"release_date,omitempty" example:"2024-10-25" doc:"YYYY-MM-DD."`
	Price        Money     `json:"price" doc:"List price."`
	EditionSize  int       `json:"edition_size,omitempty" doc:"Number made; absent for an open edition."`
	Region       string    `json:"region" example:"east_asia" doc:"Region of origin."`
	Eco          []string  `json:"eco" nullable:"false" example:"[\"recycled_metal\"]"`
	Care         string    `json:"care,omitempty" doc:"Care instructions given by the maker."`
	CareFamilies []string  `json:"care_families" nullable:"false" example:"[\"soft\"]" doc:"Care instruction families that follow from the materials."`
	Story        string    `json:"story,omitempty" doc:"Heritage or background story."`
	Description  string    `json:"description,omitempty"`
	Official     bool      `json:"official" doc:"Official or licensed product."`
	NFC          bool      `json:"nfc" doc:"Carries an NFC authenticity chip."`
	Rarity       string    `json:"rarity,omitempty" example:"secret" doc:"regular, chase or secret within a blind-box series."`
	SKU          string    `json:"sku,omitempty"`
	ImageURL     string    `json:"image_url,omitempty"`
	Version      int       `json:"version" example:"3" doc:"Increases with every approved change."`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

func charmOf(c *catalog.Charm) Charm {
	return Charm{
		ID: c.ID, ExternalID: c.ExternalID, Name: c.Name, NameZH: c.NameZH,
		Studio:   Ref{ID: c.StudioID, Slug: c.StudioSlug, Name: c.StudioName},
		IP:       refOf(c.IPID, c.IPSlug, c.IPName),
		Series:   refOf(c.SeriesID, c.SeriesSlug, c.SeriesName),
		Category: c.Category, Materials: list(c.Materials), Colours: list(c.Colours), Themes: list(c.Themes),
		WidthMM: c.WidthMM, HeightMM: c.HeightMM, WeightG: c.WeightG, ReleaseDate: c.ReleaseDate,
		Price: moneyOf(c.ListPrice, c.Currency), EditionSize: c.EditionSize, Region: c.Region,
		Eco: list(c.Eco), Care: c.Care, CareFamilies: list(c.CareFamilies()), Story: c.Story,
		Description: c.Description, Official: c.Official, NFC: c.NFC, Rarity: c.Rarity, SKU: c.SKU,
		ImageURL: c.ImageURL, Version: c.Version, CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt,
	}
}

func charmsOf(cs []catalog.Charm) []Charm {
	out := make([]Charm, len(cs))
	for i := range cs {
		out[i] = charmOf(&cs[i])
	}
	return out
}

// list returns l, or an empty list instead of nil so JSON shows [].
func list[T any](l []T) []T {
	if l == nil {
		return []T{}
	}
	return l
}

// Change is one field's old and new value.
type Change struct {
	Field string `json:"field" example:"list_price"`
	Old   string `json:"old" example:"5900"`
	New   string `json:"new" example:"6900"`
}

// Revision is one recorded change to a charm.
type Revision struct {
	ID             int64     `json:"id"`
	Version        int       `json:"version" example:"2"`
	Source         string    `json:"source" example:"contribution" doc:"demo, import, contribution or admin."`
	Author         *UserRef  `json:"author,omitempty" doc:"Who made or contributed the change; absent for the system."`
	ContributionID int64     `json:"contribution_id,omitempty"`
	Changes        []Change  `json:"changes" nullable:"false"`
	CreatedAt      time.Time `json:"created_at"`
}

func revisionOf(r catalog.Revision) Revision {
	out := Revision{ID: r.ID, Version: r.Version, Source: r.Source, ContributionID: r.ContributionID,
		Changes: make([]Change, len(r.Changes)), CreatedAt: r.CreatedAt}
	if r.UserID != 0 {
		out.Author = &UserRef{ID: r.UserID, Username: r.Username}
	}
	for i, c := range r.Changes {
		out.Changes[i] = Change(c)
	}
	return out
}

// UserRef names a user publicly.
type UserRef struct {
	ID       int64  `json:"id" example:"12"`
	Username string `json:"username,omitempty" example:"mei"`
}
