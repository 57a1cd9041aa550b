package web

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/charmory/charmory/internal/collection"
)

// Template helpers shared by the collection pages and the item cards
// other pages reuse ({{template "item_card" (dict "P" $ "I" .)}}).

// ItemImage is the picture of an item card: its main photo's thumbnail,
// else its catalog charm's illustration; "" for a one-off without photos,
// which the card shows as a neutral placeholder.
func (b Base) ItemImage(it collection.ItemSummary) string {
	switch {
	case it.MainPhotoID != 0:
		return "/collection/photos/" + strconv.FormatInt(it.MainPhotoID, 10) + "/thumb"
	case it.CharmID != 0:
		return b.CharmImage(it.CharmID, it.CharmVersion)
	}
	return ""
}

// itemURL is an item's page, with an optional "done" notice.
func itemURL(id int64, done string) string {
	u := fmt.Sprintf("/collection/items/%d", id)
	if done != "" {
		u += "?done=" + url.QueryEscape(done)
	}
	return u
}

// doneNotice turns the "done" query value a redirect carries into the
// message key of its confirmation in area ("items.done.saved"), or "" for
// a value the page does not know.
func doneNotice(area string, known []string, done string) string {
	for _, k := range known {
		if k == done {
			return area + ".done." + k
		}
	}
	return ""
}
