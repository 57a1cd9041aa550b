package search

import (
	"slices"
	"testing"
)

func TestIDIndexSetAllMergesOutOfOrderBatches(t *testing.T) {
	var x idIndex
	x.setAll([]int64{10, 20, 30}, 0)
	// A batch from a lower id range, an update of 20, and a repeated id
	// whose last copy must win.
	x.setAll([]int64{5, 20, 15, 5, 40}, 3)
	if want := []int64{5, 10, 15, 20, 30, 40}; !slices.Equal(x.ids, want) {
		t.Fatalf("ids %v, want %v", x.ids, want)
	}
	for id, ord := range map[int64]uint32{5: 6, 10: 0, 15: 5, 20: 4, 30: 2, 40: 7} {
		if got, ok := x.get(id); !ok || got != ord {
			t.Errorf("get(%d) = %d, %v; want %d", id, got, ok, ord)
		}
	}
	x.clear(15)
	if _, ok := x.get(15); ok {
		t.Error("cleared id still live")
	}
	x.setAll([]int64{15}, 9)
	if got, ok := x.get(15); !ok || got != 9 {
		t.Errorf("re-added id: %d, %v", got, ok)
	}
}
