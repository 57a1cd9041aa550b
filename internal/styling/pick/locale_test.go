package pick_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/i18n"
	"github.com/charmory/charmory/internal/styling/pick"
)

// Every reason Code has a message in both languages: the English one is
// the Reason's format, and both take the same arguments.
func TestEveryReasonHasMessages(t *testing.T) {
	c := i18n.MustLoad()
	for code, format := range pick.Formats {
		key := "pick." + code
		if got := c.T(i18n.English, key); got != format {
			t.Errorf("%s: English %q, want %q", key, got, format)
		}
		if !c.Has(i18n.Chinese, key) {
			t.Errorf("%s: no Chinese message", key)
			continue
		}
		n := strings.Count(format, "%s")
		args := make([]any, n)
		for i := range args {
			args[i] = fmt.Sprint("arg", i)
		}
		zh := c.T(i18n.Chinese, key, args...)
		if strings.Contains(zh, "%!") {
			t.Errorf("%s: Chinese message does not take %d arguments: %q", key, n, zh)
		}
		for _, a := range args {
			if !strings.Contains(zh, a.(string)) {
				t.Errorf("%s: Chinese message drops %s: %q", key, a, zh)
			}
		}
	}
	for _, key := range c.Keys(i18n.English) {
		if code, ok := strings.CutPrefix(key, "pick."); ok {
			if _, used := pick.Formats[code]; !used {
				t.Errorf("%s: no reason uses this message", key)
			}
		}
	}
}
