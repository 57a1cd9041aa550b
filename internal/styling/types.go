// Package styling holds carriers (the bags, belt loops, lanyards… charms
// hang on), loadouts of items on their attachment points with a dated
// journey per carrier, the styling coach's reading of them, their
// pictures, seasonal rotation reminders, and the daily pick with its mood
// journal. The rules live in the pure sub-packages coach, render and pick.
package styling

import (
	"time"

	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/styling/coach"
	"github.com/charmory/charmory/internal/styling/pick"
)

// Carrier is a carrier a collector owns.
type Carrier struct {
	ID            int64     `json:"id"`
	OwnerID       int64     `json:"owner_id"`
	Kind          string    `json:"kind"`
	Name          string    `json:"name"`
	Size          string    `json:"size"`
	Colour        string    `json:"colour,omitempty"`
	WeightLimitG  int       `json:"weight_limit_g"`
	Points        []string  `json:"points"`
	DressCode     string    `json:"dress_code,omitempty"`
	MaxCount      int       `json:"max_count,omitempty"`
	RemovableOnly bool      `json:"removable_only"`
	CreatedAt     time.Time `json:"created_at"`
	UpdatedAt     time.Time `json:"updated_at"`

	// Filled by reads.
	Current     *Loadout  `json:"current,omitempty"` // the current loadout, if any
	LastRotated time.Time `json:"last_rotated,omitempty"`
}

// CarrierInput is what a collector sets on a carrier. Empty size, weight
// limit and points take the kind's defaults; a dress code fills its
// default limits when MaxCount is 0.
type CarrierInput struct {
	Kind          string   `json:"kind"`
	Name          string   `json:"name"`
	Size          string   `json:"size,omitempty"`
	Colour        string   `json:"colour,omitempty"`
	WeightLimitG  int      `json:"weight_limit_g,omitempty"`
	Points        []string `json:"points,omitempty"`
	DressCode     string   `json:"dress_code,omitempty"`
	MaxCount      int      `json:"max_count,omitempty"`
	RemovableOnly bool     `json:"removable_only,omitempty"`
}

// Placement is an item on a point of a loadout.
type Placement struct {
	ItemID   int64                   `json:"item_id"`
	Point    string                  `json:"point"`
	Position int                     `json:"position"`
	Item     *collection.ItemSummary `json:"item,omitempty"` // filled by reads
}

// PlacementInput places an item on a point.
type PlacementInput struct {
	ItemID int64  `json:"item_id"`
	Point  string `json:"point"`
}

// Loadout is what hung on a carrier from StartedAt until EndedAt (nil: it
// is the current one).
type Loadout struct {
	ID         int64       `json:"id"`
	OwnerID    int64       `json:"owner_id"`
	CarrierID  int64       `json:"carrier_id"`
	Note       string      `json:"note,omitempty"`
	PhotoSHA   string      `json:"photo_sha,omitempty"`
	ShareToken string      `json:"share_token,omitempty"`
	StartedAt  time.Time   `json:"started_at"`
	EndedAt    *time.Time  `json:"ended_at,omitempty"`
	Placements []Placement `json:"placements"`
}

// LoadoutInput is a new loadout for a carrier.
type LoadoutInput struct {
	Placements []PlacementInput `json:"placements"`
	Note       string           `json:"note,omitempty"`
}

// Settings are a collector's styling settings.
type Settings struct {
	Style        string `json:"style"`         // minimal, balanced, maximalist
	RotationDays int    `json:"rotation_days"` // remind to rotate after this many days
	Hemisphere   string `json:"hemisphere"`    // north or south, for seasons
}

// DailyPick is the day's proposal for a mood.
type DailyPick struct {
	Day        string                  `json:"day"` // YYYY-MM-DD
	Mood       string                  `json:"mood"`
	MoodText   string                  `json:"mood_text,omitempty"`
	Season     string                  `json:"season"`
	Best       *pick.Choice            `json:"best,omitempty"`
	Backup     *pick.Choice            `json:"backup,omitempty"`
	BestItem   *collection.ItemSummary `json:"best_item,omitempty"`
	BackupItem *collection.ItemSummary `json:"backup_item,omitempty"`
}

// MoodEntry is one day of the mood journal.
type MoodEntry struct {
	Day          string `json:"day"`
	Mood         string `json:"mood"`
	MoodText     string `json:"mood_text,omitempty"`
	ItemID       int64  `json:"item_id,omitempty"`
	ItemName     string `json:"item_name,omitempty"`
	BackupItemID int64  `json:"backup_item_id,omitempty"`
	Reason       string `json:"reason,omitempty"`
}

// RotationDue is a carrier whose loadout is older than the rotation
// period, with a proposed rotation built by the coach.
type RotationDue struct {
	Carrier  Carrier      `json:"carrier"`
	DaysOld  int          `json:"days_old"`
	Season   string       `json:"season"`
	Proposal coach.Report `json:"proposal"`
}
