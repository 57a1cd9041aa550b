package web

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/charmory/charmory/internal/catalog"
	"github.com/charmory/charmory/internal/collection"
	"github.com/charmory/charmory/internal/money"
)

// ItemForm is the add and edit form of an item: every value as the
// collector typed it, so a bad price comes back exactly as written, with
// the errors by field. Field names are ItemInput's JSON names, so the
// service's field errors land next to the right input.
type ItemForm struct {
	ID          int64 // edits: the item
	Version     int   // edits: the version the form was filled from
	CharmID     int64
	Title       string
	Category    string
	Materials   []string
	Condition   string
	AcquiredOn  string
	Source      string
	Price       string // major units, as typed
	Currency    string
	Memory      string
	Status      string
	StatusNote  string
	Visibility  string
	BoxID       int64
	Attachment  string   // how it hangs; "" unknown
	MoodTags    []string // moods the collector ties to it, for the daily pick
	LogPurchase bool
	Errors      formErrors
}

// itemFormFields are the fields the form shows, for itemFormErrors.
var itemFormFields = []string{
	"charm_id", "title", "category", "materials", "condition", "acquired_on", "source",
	"price_paid", "currency", "memory", "status", "status_note", "visibility", "box_id", "photos",
	"attachment", "mood_tags",
}

// Checked reports whether a material is ticked.
func (f *ItemForm) Checked(material string) bool { return slices.Contains(f.Materials, material) }

// HasMood reports whether a mood tag is ticked.
func (f *ItemForm) HasMood(mood string) bool { return slices.Contains(f.MoodTags, mood) }

// Edit reports whether the form edits an existing item.
func (f *ItemForm) Edit() bool { return f.ID != 0 }

// Action is where the form posts. A new item's address names its charm
// again, so a refused oversized upload can still show the same charm.
func (f *ItemForm) Action() string {
	switch {
	case f.Edit():
		return itemURL(f.ID, "")
	case f.CharmID != 0:
		return "/collection/items?charm=" + strconv.FormatInt(f.CharmID, 10)
	}
	return "/collection/items"
}

// newItemForm is the add form's defaults: today, mint, stored, private,
// paid in the collector's currency.
func newItemForm(currency, today string) *ItemForm {
	if !money.Valid(currency) {
		currency = money.Default
	}
	return &ItemForm{Condition: "mint", Status: "stored", Visibility: "private", Currency: currency, AcquiredOn: today}
}

// itemFormOf fills the edit form from a stored item.
func itemFormOf(it *collection.Item) *ItemForm {
	f := &ItemForm{
		ID: it.ID, Version: it.Version, CharmID: it.CharmID, Title: it.Title, Category: it.Category,
		Materials: it.Materials, Condition: it.Condition, AcquiredOn: it.AcquiredOn, Source: it.Source,
		Price: majorText(it.PricePaid, it.Currency), Currency: it.Currency, Memory: it.Memory,
		Status: it.Status, Visibility: it.Visibility, BoxID: it.BoxID,
		Attachment: it.Attachment, MoodTags: it.MoodTags,
	}
	if it.CharmID != 0 {
		// A catalog item's category and materials are the charm's.
		f.Category, f.Materials = "", nil
	}
	return f
}

// parseItemForm reads a posted item form; numbers that do not parse are
// kept as 0 and reported by itemInput.
func parseItemForm(v url.Values) *ItemForm {
	f := &ItemForm{
		Title: strings.TrimSpace(v.Get("title")), Category: v.Get("category"), Materials: v["materials"],
		Condition: v.Get("condition"), AcquiredOn: strings.TrimSpace(v.Get("acquired_on")), Source: v.Get("source"),
		Price: strings.TrimSpace(v.Get("price_paid")), Currency: strings.ToUpper(strings.TrimSpace(v.Get("currency"))),
		Memory: strings.TrimSpace(v.Get("memory")), Status: v.Get("status"), StatusNote: strings.TrimSpace(v.Get("status_note")),
		Visibility: v.Get("visibility"), LogPurchase: v.Get("log_purchase") != "",
		Attachment: v.Get("attachment"), MoodTags: v["mood_tags"],
	}
	f.CharmID, _ = strconv.ParseInt(v.Get("charm_id"), 10, 64)
	f.BoxID, _ = strconv.ParseInt(v.Get("box_id"), 10, 64)
	f.Version, _ = strconv.Atoi(v.Get("version"))
	return f
}

// itemInput turns the form into the service's input. The price is the one
// thing the form must parse itself; everything else the service checks.
func (s *Server) itemInput(lang string, f *ItemForm) (collection.ItemInput, formErrors) {
	in := collection.ItemInput{
		CharmID: f.CharmID, Title: f.Title, Category: f.Category, Materials: f.Materials,
		Condition: f.Condition, AcquiredOn: f.AcquiredOn, Source: f.Source, Currency: f.Currency,
		Memory: f.Memory, Status: f.Status, StatusNote: f.StatusNote, Visibility: f.Visibility,
		BoxID: f.BoxID, LogPurchase: f.LogPurchase, Attachment: f.Attachment, MoodTags: f.MoodTags,
	}
	fe := formErrors{}
	if f.Price != "" && money.Valid(f.Currency) {
		minor, err := money.ParseMajor(f.Price, f.Currency)
		if err != nil {
			fe.add("price_paid", s.msgs.T(lang, "formerr.price", majorText(5990, f.Currency)))
		}
		in.PricePaid = minor
	}
	return in, fe
}

// ItemFormPage is the add form (/collection/new) and the edit form
// (/collection/items/{id}/edit) of an item.
type ItemFormPage struct {
	Base
	Form  *ItemForm
	Charm *catalog.Charm // the catalog charm; nil for a one-off
	Boxes []collection.Box
	Today string

	Categories, Materials, Conditions, Sources, Statuses, Visibilities []string
	Attachments, Moods                                                 []string
}

// itemFormPage builds the form page around f.
func (s *Server) itemFormPage(b Base, f *ItemForm, charm *catalog.Charm, boxes []collection.Box, today string) *ItemFormPage {
	if f.Errors == nil {
		f.Errors = formErrors{}
	}
	return &ItemFormPage{
		Base: b, Form: f, Charm: charm, Boxes: boxes, Today: today,
		Categories: catalog.Categories, Materials: catalog.Materials, Conditions: collection.Conditions,
		Sources: collection.Sources, Statuses: collection.Statuses, Visibilities: collection.Visibilities,
		Attachments: collection.Attachments, Moods: collection.Moods,
	}
}
