package api

import (
	"time"

	"github.com/charmory/charmory/internal/styling"
)

// Carrier is a bag, belt loop, lanyard… a collector hangs charms on.
type Carrier struct {
	ID            int64      `json:"id" example:"5"`
	Kind          string     `json:"kind" example:"backpack"`
	Name          string     `json:"name" example:"School backpack"`
	Size          string     `json:"size" example:"L" doc:"S, M or L."`
	Colour        string     `json:"colour,omitempty" example:"navy" doc:"A catalog colour code."`
	WeightLimitG  int        `json:"weight_limit_g" example:"400" doc:"Grams the carrier holds comfortably."`
	Points        []string   `json:"points" nullable:"false" example:"[\"zip_pull_left\",\"strap_right\"]" doc:"Attachment points, in order: default codes or names you chose."`
	DressCode     string     `json:"dress_code,omitempty" example:"school" doc:"A school or workplace profile."`
	MaxCount      int        `json:"max_count,omitempty" example:"2" doc:"The dress code's limit on charms."`
	RemovableOnly bool       `json:"removable_only" doc:"Only removable attachments (clip, carabiner, strap) are allowed."`
	Current       *Loadout   `json:"current,omitempty" doc:"What hangs on it now; absent before the first loadout."`
	LastRotated   *time.Time `json:"last_rotated,omitempty" doc:"When the current loadout began."`
	CreatedAt     time.Time  `json:"created_at"`
	UpdatedAt     time.Time  `json:"updated_at"`
}

func carrierOf(c *styling.Carrier) Carrier {
	out := Carrier{ID: c.ID, Kind: c.Kind, Name: c.Name, Size: c.Size, Colour: c.Colour, WeightLimitG: c.WeightLimitG,
		Points: list(c.Points), DressCode: c.DressCode, MaxCount: c.MaxCount, RemovableOnly: c.RemovableOnly,
		CreatedAt: c.CreatedAt, UpdatedAt: c.UpdatedAt}
	if c.Current != nil {
		l := loadoutOf(c.Current)
		out.Current = &l
	}
	if !c.LastRotated.IsZero() {
		t := c.LastRotated
		out.LastRotated = &t
	}
	return out
}

// CarrierInput is what a collector sets on a carrier. Left-out size,
// weight limit and points take the kind's defaults (see
// /styling/carrier-kinds); a dress code brings its own limits when
// max_count is left out.
type CarrierInput struct {
	Kind          carrierKindCode `json:"kind" doc:"One of the carrier kinds (see /styling/carrier-kinds)."`
	Name          string          `json:"name" minLength:"1" maxLength:"80" example:"School backpack"`
	Size          carrierSize     `json:"size,omitempty" doc:"S, M or L; left out: the kind's."`
	Colour        colourCode      `json:"colour,omitempty" doc:"A catalog colour; the coach reads the charms' colours against it."`
	WeightLimitG  int             `json:"weight_limit_g,omitempty" minimum:"0" maximum:"5000" example:"400" doc:"Grams; 0 or left out: the kind's default."`
	Points        []string        `json:"points,omitempty" maxItems:"12" example:"[\"zip_pull_left\",\"strap_right\"]" doc:"1 to 12 distinct names of up to 40 characters. A point the current loadout uses cannot be removed."`
	DressCode     dressCode       `json:"dress_code,omitempty" doc:"Leave out for none."`
	MaxCount      int             `json:"max_count,omitempty" minimum:"0" maximum:"50" doc:"At most this many charms; 0: the dress code's default, or none."`
	RemovableOnly bool            `json:"removable_only,omitempty" doc:"Only removable attachments; a dress code turns it on."`
}

func (in *CarrierInput) input() styling.CarrierInput {
	return styling.CarrierInput{Kind: string(in.Kind), Name: in.Name, Size: string(in.Size), Colour: string(in.Colour),
		WeightLimitG: in.WeightLimitG, Points: in.Points, DressCode: string(in.DressCode), MaxCount: in.MaxCount,
		RemovableOnly: in.RemovableOnly}
}

// CarrierKind is a kind of carrier with its defaults.
type CarrierKind struct {
	Kind         string   `json:"kind" example:"crossbody"`
	Size         string   `json:"size" example:"S"`
	WeightLimitG int      `json:"weight_limit_g" example:"150"`
	Points       []string `json:"points" nullable:"false" example:"[\"strap_ring\",\"zip_pull\",\"front_loop\"]"`
}

// Placement is an item on a point of a loadout.
type Placement struct {
	ItemID   int64        `json:"item_id" example:"42"`
	Point    string       `json:"point" example:"zip_pull_left"`
	Position int          `json:"position" example:"0" doc:"Order on the point, from 0."`
	Item     *ItemSummary `json:"item,omitempty"`
}

// Loadout is what hung on a carrier from started_at until ended_at; the
// current one has no end. A carrier's loadouts are its journey.
type Loadout struct {
	ID            int64       `json:"id" example:"17"`
	CarrierID     int64       `json:"carrier_id" example:"5"`
	Note          string      `json:"note,omitempty" example:"First week of term"`
	Placements    []Placement `json:"placements" nullable:"false"`
	Shared        bool        `json:"shared" doc:"It has a public share link."`
	ShareURL      string      `json:"share_url,omitempty" example:"/s/3q2-7w" doc:"The public page of the share link."`
	PictureSVGURL string      `json:"picture_svg_url" example:"/api/v1/styling/loadouts/17/picture.svg"`
	PicturePNGURL string      `json:"picture_png_url" example:"/api/v1/styling/loadouts/17/picture.png"`
	StartedAt     time.Time   `json:"started_at"`
	EndedAt       *time.Time  `json:"ended_at,omitempty" doc:"Absent for the current loadout."`
}

func loadoutURL(id int64) string { return Prefix + "/styling/loadouts/" + itoa(id) }

// sharePageURL is the site's public page of a shared loadout.
func sharePageURL(token string) string { return "/s/" + token }

func loadoutOf(l *styling.Loadout) Loadout {
	out := Loadout{ID: l.ID, CarrierID: l.CarrierID, Note: l.Note, Placements: make([]Placement, len(l.Placements)),
		Shared: l.ShareToken != "", PictureSVGURL: loadoutURL(l.ID) + "/picture.svg",
		PicturePNGURL: loadoutURL(l.ID) + "/picture.png", StartedAt: l.StartedAt, EndedAt: l.EndedAt}
	if l.ShareToken != "" {
		out.ShareURL = sharePageURL(l.ShareToken)
	}
	for i, p := range l.Placements {
		out.Placements[i] = Placement{ItemID: p.ItemID, Point: p.Point, Position: p.Position}
		if p.Item != nil {
			it := itemSummaryOf(p.Item)
			out.Placements[i].Item = &it
		}
	}
	return out
}

// PlacementInput places an item on a point.
type PlacementInput struct {
	ItemID int64  `json:"item_id" minimum:"1" example:"42" doc:"One of your items."`
	Point  string `json:"point" minLength:"1" maxLength:"40" example:"zip_pull_left" doc:"One of the carrier's points."`
}

// LoadoutInput is a new loadout for a carrier: every item on it, each on
// a point, in order.
type LoadoutInput struct {
	Placements []PlacementInput `json:"placements" nullable:"false" maxItems:"60" doc:"Every item on the carrier; an empty list empties it."`
	Note       string           `json:"note,omitempty" maxLength:"500" example:"First week of term"`
}

func (in *LoadoutInput) input() styling.LoadoutInput {
	out := styling.LoadoutInput{Placements: make([]styling.PlacementInput, len(in.Placements)), Note: in.Note}
	for i, p := range in.Placements {
		out.Placements[i] = styling.PlacementInput(p)
	}
	return out
}

// StylingSettings are a collector's styling settings.
type StylingSettings struct {
	Style        styleCode      `json:"style" doc:"How many focal points you like: minimal, balanced or maximalist."`
	RotationDays int            `json:"rotation_days" minimum:"1" maximum:"365" example:"30" doc:"Remind to rotate a carrier's charms after this many days."`
	Hemisphere   hemisphereCode `json:"hemisphere" doc:"north or south, for the seasons."`
}
