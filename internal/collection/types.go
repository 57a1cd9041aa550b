// Package collection holds what collectors own and want: items (each
// physical copy its own row), photos, status history, storage boxes, care
// reminders, the wishlist, series completion, value, the monthly budget,
// the balance of the collection, and import/export.
package collection

import (
	"time"

	"github.com/charmory/charmory/internal/catalog"
)

// Page is one page of a keyset-paginated list (see catalog.Page).
type Page[T any] = catalog.Page[T]

// Item is one physical copy a collector owns: linked to a catalog charm,
// or a one-off (CharmID 0) described by its own title, category and
// materials.
type Item struct {
	ID         int64     `json:"id"`
	OwnerID    int64     `json:"owner_id"`
	CharmID    int64     `json:"charm_id,omitempty"`
	Title      string    `json:"title,omitempty"` // one-off: its name; catalog item: a nickname
	Category   string    `json:"category,omitempty"`
	Materials  []string  `json:"materials"`
	Condition  string    `json:"condition"`
	AcquiredOn string    `json:"acquired_on,omitempty"` // YYYY-MM-DD
	Source     string    `json:"source,omitempty"`
	PricePaid  int64     `json:"price_paid"` // minor units of Currency
	Currency   string    `json:"currency"`
	Memory     string    `json:"memory,omitempty"`
	Status     string    `json:"status"`
	Visibility string    `json:"visibility"`
	BoxID      int64     `json:"box_id,omitempty"`
	Attachment string    `json:"attachment,omitempty"` // see Attachments
	MoodTags   []string  `json:"mood_tags"`            // moods the owner ties to it, see Moods
	Version    int       `json:"version"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`

	// Filled by reads.
	Name      string         `json:"name"` // Title, else the charm's name
	BoxName   string         `json:"box_name,omitempty"`
	Charm     *catalog.Charm `json:"charm,omitempty"`  // detail reads only
	Photos    []Photo        `json:"photos,omitempty"` // detail reads only; main first
	MainPhoto int64          `json:"main_photo_id,omitempty"`
}

// ItemSummary is an item as lists show it: one join, no photos beyond the
// main one.
type ItemSummary struct {
	ID           int64  `json:"id"`
	OwnerID      int64  `json:"owner_id"`
	CharmID      int64  `json:"charm_id,omitempty"`
	Name         string `json:"name"`
	Category     string `json:"category"`
	Condition    string `json:"condition"`
	Status       string `json:"status"`
	Visibility   string `json:"visibility"`
	AcquiredOn   string `json:"acquired_on,omitempty"`
	PricePaid    int64  `json:"price_paid"`
	Currency     string `json:"currency"`
	SeriesID     int64  `json:"series_id,omitempty"`
	SeriesName   string `json:"series_name,omitempty"`
	StudioName   string `json:"studio_name,omitempty"`
	Rarity       string `json:"rarity,omitempty"`
	BoxID        int64  `json:"box_id,omitempty"`
	MainPhotoID  int64  `json:"main_photo_id,omitempty"`
	ThumbReady   bool   `json:"-"`
	CharmVersion int    `json:"-"`
}

// ItemInput is what a collector sets on an item. Zero values take
// defaults on create: condition "mint", status "stored", visibility
// "private", currency the owner's.
type ItemInput struct {
	CharmID    int64    `json:"charm_id,omitempty"`
	Title      string   `json:"title,omitempty"`
	Category   string   `json:"category,omitempty"`
	Materials  []string `json:"materials,omitempty"`
	Condition  string   `json:"condition,omitempty"`
	AcquiredOn string   `json:"acquired_on,omitempty"`
	Source     string   `json:"source,omitempty"`
	PricePaid  int64    `json:"price_paid,omitempty"`
	Currency   string   `json:"currency,omitempty"`
	Memory     string   `json:"memory,omitempty"`
	Status     string   `json:"status,omitempty"`
	Visibility string   `json:"visibility,omitempty"`
	BoxID      int64    `json:"box_id,omitempty"`
	Attachment string   `json:"attachment,omitempty"`  // see Attachments
	MoodTags   []string `json:"mood_tags,omitempty"`   // see Moods
	StatusNote string   `json:"status_note,omitempty"` // kept with a status change
	// LogPurchase also records PricePaid as a manual budget entry dated
	// AcquiredOn (create only).
	LogPurchase bool `json:"log_purchase,omitempty"`
}

// ItemFilter narrows Items. Limit defaults to 60 and is capped at 200.
type ItemFilter struct {
	Query      string // substring of the name
	Status     string
	Category   string
	Condition  string
	SeriesID   int64
	BoxID      int64
	Visibility string
	Sort       string // "recent" (default), "name", "acquired"
	Cursor     string
	Limit      int
}

// StatusChange is one entry of an item's status history.
type StatusChange struct {
	Status    string    `json:"status"`
	Note      string    `json:"note,omitempty"`
	ChangedAt time.Time `json:"changed_at"`
}

// Photo is one photo of an item. Position 0 is the main photo.
type Photo struct {
	ID          int64     `json:"id"`
	ItemID      int64     `json:"item_id"`
	Position    int       `json:"position"`
	SHA256      string    `json:"sha256"`
	ContentType string    `json:"content_type"`
	Width       int       `json:"width"`
	Height      int       `json:"height"`
	Bytes       int64     `json:"bytes"`
	ThumbReady  bool      `json:"thumb_ready"`
	CreatedAt   time.Time `json:"created_at"`
}

// Upload is one uploaded photo file.
type Upload struct {
	Name string
	Data []byte
}

// Box is a storage box with a printable label.
type Box struct {
	ID        int64     `json:"id"`
	OwnerID   int64     `json:"owner_id"`
	Name      string    `json:"name"`
	Note      string    `json:"note,omitempty"`
	Items     int       `json:"items"`
	CreatedAt time.Time `json:"created_at"`
}

// CareTask is one recurring care task for an item, from its materials.
type CareTask struct {
	Task       string `json:"task"`        // code, see CareTasks
	EveryDays  int    `json:"every_days"`  // how often
	LastDone   string `json:"last_done"`   // YYYY-MM-DD, empty: never
	DueOn      string `json:"due_on"`      // YYYY-MM-DD
	Due        bool   `json:"due"`         // DueOn is today or earlier
	MaterialOf string `json:"material_of"` // the material family that asks for it
}

// CareDue is an item with the care tasks due for it.
type CareDue struct {
	Item  ItemSummary `json:"item"`
	Tasks []CareTask  `json:"tasks"`
}

// Wish is a charm a collector wants, with a priority (1 highest … 5) and a
// maximum price (0: no limit).
type Wish struct {
	ID              int64      `json:"id"`
	OwnerID         int64      `json:"owner_id"`
	CharmID         int64      `json:"charm_id"`
	Priority        int        `json:"priority"`
	MaxPrice        int64      `json:"max_price"`
	Currency        string     `json:"currency"`
	Note            string     `json:"note,omitempty"`
	FulfilledItemID int64      `json:"fulfilled_item_id,omitempty"`
	FulfilledAt     *time.Time `json:"fulfilled_at,omitempty"`
	CreatedAt       time.Time  `json:"created_at"`

	// Filled by reads.
	CharmName  string `json:"charm_name"`
	SeriesName string `json:"series_name,omitempty"`
	StudioName string `json:"studio_name,omitempty"`
	ListPrice  int64  `json:"list_price"`
	ListCurr   string `json:"list_currency"`
}

// WishInput is what a collector sets on a wish.
type WishInput struct {
	CharmID  int64  `json:"charm_id"`
	Priority int    `json:"priority,omitempty"` // 0: 3
	MaxPrice int64  `json:"max_price,omitempty"`
	Currency string `json:"currency,omitempty"` // empty: the owner's
	Note     string `json:"note,omitempty"`
}

// Settings are a collector's collection settings.
type Settings struct {
	MonthlyAllowance int64  `json:"monthly_allowance"` // minor units of BudgetCurrency; 0: no budget
	BudgetCurrency   string `json:"budget_currency"`
	WishlistPublic   bool   `json:"wishlist_public"`
}

// SeriesProgress is how far a collector is through one series.
type SeriesProgress struct {
	SeriesID   int64          `json:"series_id"`
	Slug       string         `json:"slug"`
	Name       string         `json:"name"`
	StudioName string         `json:"studio_name"`
	Kind       string         `json:"kind"`
	Total      int            `json:"total"`   // figures in the series
	Owned      int            `json:"owned"`   // distinct figures owned
	Percent    int            `json:"percent"` // Owned*100/Total, rounded down
	Figures    []FigureStatus `json:"figures"` // in series order; detail reads only
	Duplicates []ItemSummary  `json:"duplicates,omitempty"`
	Missing    int            `json:"missing"`
	DupCount   int            `json:"duplicate_count"`
}

// FigureStatus is one figure of a series and how many copies are owned.
type FigureStatus struct {
	CharmID int64   `json:"charm_id"`
	Name    string  `json:"name"`
	Rarity  string  `json:"rarity,omitempty"` // chase and secret are marked
	Copies  int     `json:"copies"`
	ItemIDs []int64 `json:"item_ids,omitempty"`
	Wished  bool    `json:"wished"`
}
