package api

import (
	"bytes"
	"encoding/json"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/catalog"
)

// CharmFields are the editable fields of a charm, named as the catalog
// names them so that its field errors point at them directly. Every field
// is optional in the schema: the catalog's validation decides what a
// charm needs and reports each missing or bad field.
type CharmFields struct {
	ExternalID  string   `json:"external_id,omitempty" maxLength:"100" example:"palace-lion-2025" doc:"Stable id for imports; generated when left out."`
	Name        string   `json:"name,omitempty" maxLength:"200" example:"Forbidden City Lion Charm"`
	NameZH      string   `json:"name_zh,omitempty" maxLength:"200" example:"故宫狮子挂件"`
	StudioID    int64    `json:"studio_id,omitempty" example:"3"`
	IPID        int64    `json:"ip_id,omitempty"`
	SeriesID    int64    `json:"series_id,omitempty"`
	Category    string   `json:"category,omitempty" example:"cultural"`
	Materials   []string `json:"materials,omitempty" example:"[\"zinc_alloy\",\"enamel\"]"`
	Colours     []string `json:"colours,omitempty" example:"[\"red\",\"gold\"]"`
	Themes      []string `json:"themes,omitempty" example:"[\"heritage\"]"`
	WidthMM     int      `json:"width_mm,omitempty"`
	HeightMM    int      `json:"height_mm,omitempty"`
	WeightG     int      `json:"weight_g,omitempty"`
	ReleaseDate string   `json:"release_date,omitempty" example:"2025-02-01" doc:"YYYY-MM-DD."`
	ListPrice   int64    `json:"list_price,omitempty" example:"6900" doc:"List price in minor units of currency."`
	Currency    string   `json:"currency,omitempty" example:"CNY"`
	EditionSize int      `json:"edition_size,omitempty"`
	Region      string   `json:"region,omitempty" example:"east_asia"`
	Eco         []string `json:"eco,omitempty"`
	Care        string   `json:"care,omitempty" maxLength:"2000"`
	Story       string   `json:"story,omitempty" maxLength:"10000"`
	Description string   `json:"description,omitempty" maxLength:"10000"`
	Official    bool     `json:"official,omitempty"`
	NFC         bool     `json:"nfc,omitempty"`
	Rarity      string   `json:"rarity,omitempty"`
	SKU         string   `json:"sku,omitempty" maxLength:"100"`
	ImageURL    string   `json:"image_url,omitempty" maxLength:"2000"`

	raw json.RawMessage // the object as sent, to overlay it on a charm
}

// UnmarshalJSON decodes onto the current values and keeps the raw object,
// so that an edit can be applied over the charm's current fields.
func (f *CharmFields) UnmarshalJSON(b []byte) error {
	type plain CharmFields
	if err := json.Unmarshal(b, (*plain)(f)); err != nil {
		return err
	}
	f.raw = bytes.Clone(b)
	return nil
}

// TransformSchema lists the catalog's vocabularies as enums, so the
// document always shows the codes the catalog accepts.
func (CharmFields) TransformSchema(_ huma.Registry, s *huma.Schema) *huma.Schema {
	enum := func(name string, values []string) {
		p := s.Properties[name]
		if p == nil {
			return
		}
		if p.Items != nil {
			p = p.Items
		}
		p.Enum = make([]any, len(values))
		for i, v := range values {
			p.Enum[i] = v
		}
	}
	enum("category", catalog.Categories)
	enum("materials", catalog.Materials)
	enum("colours", catalog.Colours)
	enum("themes", catalog.Themes)
	enum("region", catalog.Regions)
	enum("eco", catalog.EcoAttributes)
	enum("rarity", catalog.Rarities)
	return s
}

// over returns f applied over base: the fields f was sent with replace
// base's, the others keep base's values.
func (f CharmFields) over(base CharmFields) (CharmFields, error) {
	if f.raw == nil {
		return f, nil
	}
	if err := json.Unmarshal(f.raw, &base); err != nil {
		return CharmFields{}, err
	}
	return base, nil
}

func fieldsOf(c *catalog.Charm) CharmFields {
	return CharmFields{
		ExternalID: c.ExternalID, Name: c.Name, NameZH: c.NameZH, StudioID: c.StudioID, IPID: c.IPID, SeriesID: c.SeriesID,
		Category: c.Category, Materials: c.Materials, Colours: c.Colours, Themes: c.Themes,
		WidthMM: c.WidthMM, HeightMM: c.HeightMM, WeightG: c.WeightG, ReleaseDate: c.ReleaseDate,
		ListPrice: c.ListPrice, Currency: c.Currency, EditionSize: c.EditionSize, Region: c.Region,
		Eco: c.Eco, Care: c.Care, Story: c.Story, Description: c.Description, Official: c.Official,
		NFC: c.NFC, Rarity: c.Rarity, SKU: c.SKU, ImageURL: c.ImageURL,
	}
}

func (f CharmFields) charm() catalog.Charm {
	return catalog.Charm{
		ExternalID: f.ExternalID, Name: f.Name, NameZH: f.NameZH, StudioID: f.StudioID, IPID: f.IPID, SeriesID: f.SeriesID,
		Category: f.Category, Materials: f.Materials, Colours: f.Colours, Themes: f.Themes,
		WidthMM: f.WidthMM, HeightMM: f.HeightMM, WeightG: f.WeightG, ReleaseDate: f.ReleaseDate,
		ListPrice: f.ListPrice, Currency: f.Currency, EditionSize: f.EditionSize, Region: f.Region,
		Eco: f.Eco, Care: f.Care, Story: f.Story, Description: f.Description, Official: f.Official,
		NFC: f.NFC, Rarity: f.Rarity, SKU: f.SKU, ImageURL: f.ImageURL,
	}
}

// Contribution is a proposed new charm or edit and its review.
type Contribution struct {
	ID          int64       `json:"id" example:"77"`
	Status      string      `json:"status" enum:"pending,approved,rejected" example:"pending"`
	CharmID     int64       `json:"charm_id,omitempty" doc:"The charm edited; absent for a proposed new charm (until approved)."`
	BaseVersion int         `json:"base_version,omitempty" doc:"The charm version the edit was made against."`
	Proposed    CharmFields `json:"proposed"`
	Note        string      `json:"note,omitempty" doc:"The contributor's note to moderators."`
	Author      UserRef     `json:"author"`
	ReviewerID  int64       `json:"reviewer_id,omitempty"`
	ReviewNote  string      `json:"review_note,omitempty"`
	CreatedAt   time.Time   `json:"created_at"`
	ReviewedAt  *time.Time  `json:"reviewed_at,omitempty"`
}

func contributionOf(c *catalog.Contribution) Contribution {
	return Contribution{
		ID: c.ID, Status: c.Status, CharmID: c.CharmID, BaseVersion: c.BaseVersion,
		Proposed: fieldsOf(&c.Proposed), Note: c.Note, Author: UserRef{ID: c.UserID, Username: c.Username},
		ReviewerID: c.ReviewerID, ReviewNote: c.ReviewNote, CreatedAt: c.CreatedAt, ReviewedAt: c.ReviewedAt,
	}
}
