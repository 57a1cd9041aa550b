package api

import (
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/charmory/charmory/internal/collection"
)

// Item is one physical copy a collector owns, as its detail shows it.
type Item struct {
	ID         int64     `json:"id" example:"42"`
	OwnerID    int64     `json:"owner_id" example:"12"`
	Name       string    `json:"name" example:"Lychee Berry" doc:"The title, else the charm's name."`
	Title      string    `json:"title,omitempty" doc:"A one-off item's name, or a nickname of a catalog item."`
	Charm      *Charm    `json:"charm,omitempty" doc:"The catalog charm; absent for a one-off item."`
	Category   string    `json:"category,omitempty" example:"plush" doc:"The item's category, else the charm's."`
	Materials  []string  `json:"materials" nullable:"false" example:"[\"plush_fabric\"]" doc:"The item's materials, else the charm's."`
	Condition  string    `json:"condition" example:"mint"`
	AcquiredOn string    `json:"acquired_on,omitempty" example:"2026-05-01" doc:"YYYY-MM-DD."`
	Source     string    `json:"source,omitempty" example:"shop"`
	Paid       Money     `json:"paid" doc:"The price paid (price_paid and currency of the input)."`
	Memory     string    `json:"memory,omitempty" doc:"The collector's story of this piece."`
	Status     string    `json:"status" example:"stored"`
	Visibility string    `json:"visibility" example:"private"`
	Box        *Ref      `json:"box,omitempty" doc:"The storage box it is kept in."`
	Attachment string    `json:"attachment,omitempty" example:"clip" doc:"How it hangs: clip, carabiner, strap, split_ring, chain or sewn."`
	MoodTags   []string  `json:"mood_tags" nullable:"false" example:"[\"cozy\"]" doc:"Moods you tie to it, for the daily pick."`
	Photos     []Photo   `json:"photos" nullable:"false" doc:"Main photo first."`
	Version    int       `json:"version" example:"1" doc:"Send it back with an update to refuse overwriting a newer change (409)."`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
}

func itemOf(it *collection.Item) Item {
	out := Item{ID: it.ID, OwnerID: it.OwnerID, Name: it.Name, Title: it.Title, Category: it.Category,
		Materials: list(it.Materials), Condition: it.Condition, AcquiredOn: it.AcquiredOn, Source: it.Source,
		Paid: moneyOf(it.PricePaid, it.Currency), Memory: it.Memory, Status: it.Status, Visibility: it.Visibility,
		Box: refOf(it.BoxID, "", it.BoxName), Attachment: it.Attachment, MoodTags: list(it.MoodTags),
		Photos: make([]Photo, len(it.Photos)), Version: it.Version, CreatedAt: it.CreatedAt, UpdatedAt: it.UpdatedAt}
	if it.Charm != nil {
		c := charmOf(it.Charm)
		out.Charm = &c
	}
	for i := range it.Photos {
		out.Photos[i] = photoOf(&it.Photos[i])
	}
	return out
}

// ItemSummary is an item as lists show it.
type ItemSummary struct {
	ID          int64  `json:"id" example:"42"`
	CharmID     int64  `json:"charm_id,omitempty" example:"1042" doc:"Absent for a one-off item."`
	Name        string `json:"name" example:"Lychee Berry"`
	Category    string `json:"category" example:"plush"`
	Condition   string `json:"condition" example:"mint"`
	Status      string `json:"status" example:"stored"`
	Visibility  string `json:"visibility" example:"private"`
	AcquiredOn  string `json:"acquired_on,omitempty" example:"2026-05-01"`
	Paid        Money  `json:"paid"`
	Series      *Ref   `json:"series,omitempty"`
	StudioName  string `json:"studio_name,omitempty" example:"Pop Mart"`
	Rarity      string `json:"rarity,omitempty" example:"secret" doc:"regular, chase or secret within a blind-box series."`
	BoxID       int64  `json:"box_id,omitempty"`
	MainPhotoID int64  `json:"main_photo_id,omitempty"`
	PhotoURL    string `json:"photo_url,omitempty" doc:"The main photo's thumbnail."`
}

func itemSummaryOf(it *collection.ItemSummary) ItemSummary {
	out := ItemSummary{ID: it.ID, CharmID: it.CharmID, Name: it.Name, Category: it.Category, Condition: it.Condition,
		Status: it.Status, Visibility: it.Visibility, AcquiredOn: it.AcquiredOn, Paid: moneyOf(it.PricePaid, it.Currency),
		Series: refOf(it.SeriesID, "", it.SeriesName), StudioName: it.StudioName, Rarity: it.Rarity, BoxID: it.BoxID,
		MainPhotoID: it.MainPhotoID}
	if it.MainPhotoID != 0 {
		out.PhotoURL = photoURL(it.MainPhotoID) + "?thumb=true"
	}
	return out
}

func itemSummariesOf(items []collection.ItemSummary) []ItemSummary {
	out := make([]ItemSummary, len(items))
	for i := range items {
		out[i] = itemSummaryOf(&items[i])
	}
	return out
}

// Photo is one photo of an item.
type Photo struct {
	ID          int64     `json:"id" example:"7"`
	ItemID      int64     `json:"item_id" example:"42"`
	Position    int       `json:"position" example:"0" doc:"0 is the main photo."`
	ContentType string    `json:"content_type" example:"image/jpeg"`
	Width       int       `json:"width" example:"1200"`
	Height      int       `json:"height" example:"1600"`
	Bytes       int64     `json:"bytes" example:"245760"`
	SHA256      string    `json:"sha256"`
	ThumbReady  bool      `json:"thumb_ready" doc:"The thumbnail is made (by a background job); until then thumb_url serves the original."`
	URL         string    `json:"url" example:"/api/v1/collection/photos/7"`
	ThumbURL    string    `json:"thumb_url" example:"/api/v1/collection/photos/7?thumb=true"`
	CreatedAt   time.Time `json:"created_at"`
}

func photoURL(id int64) string { return Prefix + "/collection/photos/" + itoa(id) }

func photoOf(p *collection.Photo) Photo {
	return Photo{ID: p.ID, ItemID: p.ItemID, Position: p.Position, ContentType: p.ContentType, Width: p.Width,
		Height: p.Height, Bytes: p.Bytes, SHA256: p.SHA256, ThumbReady: p.ThumbReady,
		URL: photoURL(p.ID), ThumbURL: photoURL(p.ID) + "?thumb=true", CreatedAt: p.CreatedAt}
}

// StatusChange is one entry of an item's status history.
type StatusChange struct {
	Status    string    `json:"status" example:"lent"`
	Note      string    `json:"note,omitempty" example:"to Mei for her trip"`
	ChangedAt time.Time `json:"changed_at"`
}

// ItemInput is what a collector sets on an item. Fields left out take
// defaults on create: condition mint, status stored, visibility private,
// currency the collector's.
type ItemInput struct {
	CharmID     int64          `json:"charm_id,omitempty" minimum:"0" example:"1042" doc:"The catalog charm; leave out for a one-off item, which then needs a title."`
	Title       string         `json:"title,omitempty" maxLength:"200" example:"Grandma's crochet cat" doc:"A one-off item's name, or a nickname."`
	Category    categoryCode   `json:"category,omitempty" doc:"A one-off item's category; a catalog item has the charm's."`
	Materials   []materialCode `json:"materials,omitempty" maxItems:"20" doc:"A one-off item's materials; they decide its care reminders."`
	Condition   conditionCode  `json:"condition,omitempty"`
	AcquiredOn  string         `json:"acquired_on,omitempty" maxLength:"10" example:"2026-05-01" doc:"YYYY-MM-DD, not in the future."`
	Source      sourceCode     `json:"source,omitempty"`
	PricePaid   int64          `json:"price_paid,omitempty" minimum:"0" example:"5900" doc:"Minor units of currency."`
	Currency    string         `json:"currency,omitempty" maxLength:"3" example:"CNY"`
	Memory      string         `json:"memory,omitempty" maxLength:"10000" doc:"Your story of this piece."`
	Status      itemStatus     `json:"status,omitempty"`
	Visibility  visibilityCode `json:"visibility,omitempty"`
	BoxID       int64          `json:"box_id,omitempty" minimum:"0" doc:"One of your storage boxes."`
	Attachment  attachmentCode `json:"attachment,omitempty" doc:"How it hangs; school and workplace carriers may allow removable attachments only (clip, carabiner, strap)."`
	MoodTags    []moodCode     `json:"mood_tags,omitempty" maxItems:"6" uniqueItems:"true" example:"[\"cozy\"]" doc:"Moods you tie to it, the daily pick's strongest signal."`
	StatusNote  string         `json:"status_note,omitempty" maxLength:"500" doc:"Kept in the history with a status change."`
	LogPurchase bool           `json:"log_purchase,omitempty" doc:"Also record price_paid in this month's budget (create only)."`
}

func (in *ItemInput) input() collection.ItemInput {
	return collection.ItemInput{CharmID: in.CharmID, Title: in.Title, Category: string(in.Category),
		Materials: codes(in.Materials), Condition: string(in.Condition), AcquiredOn: in.AcquiredOn,
		Source: string(in.Source), PricePaid: in.PricePaid, Currency: in.Currency, Memory: in.Memory,
		Status: string(in.Status), Visibility: string(in.Visibility), BoxID: in.BoxID, Attachment: string(in.Attachment),
		MoodTags: codes(in.MoodTags), StatusNote: in.StatusNote,
		LogPurchase: in.LogPurchase}
}

// ItemUpdate replaces an item's fields.
type ItemUpdate struct {
	ItemInput
	Version int `json:"version,omitempty" minimum:"0" example:"1" doc:"The version you read; the update is refused with 409 if the item changed since. Leave out to overwrite."`
}

// attachmentCode is one of collection.Attachments.
type attachmentCode string

// Schema implements huma.SchemaProvider.
func (attachmentCode) Schema(huma.Registry) *huma.Schema { return enumSchema(collection.Attachments) }

// moodCode is one of collection.Moods.
type moodCode string

// Schema implements huma.SchemaProvider.
func (moodCode) Schema(huma.Registry) *huma.Schema { return enumSchema(collection.Moods) }
