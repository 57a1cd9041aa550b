package csvmap

import (
	"bytes"
	"testing"
)

func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"Name,Paid,Notes\nGuardian Cat,59.00,\"rainy, day\"\n",
		"\ufeffTitle;Price\nA;1\nB\n",
		"charm\tqty\nx\t1\t2\n",
		"name,notes\n\"a\nb\",\"c\"\"d\"\n",
		"\"unterminated\n",
		"",
	} {
		f.Add([]byte(seed), false)
		f.Add([]byte(seed), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, explicit bool) {
		var m map[string]string
		if explicit {
			m = map[string]string{"name": "name", "memory": "notes"}
		}
		text, err := Decode(data)
		if err != nil {
			text = string(data)
		}
		file, err := Read(bytes.NewReader([]byte(text)), schema, m)
		if err != nil {
			return
		}
		last := 1
		for _, r := range file.Rows {
			if r.Line <= last {
				t.Fatalf("row line %d after %d", r.Line, last)
			}
			last = r.Line
			for target := range r.Values {
				if _, ok := file.Mapping[target]; !ok {
					t.Fatalf("value for unmapped target %q", target)
				}
			}
		}
		for _, e := range file.Errors {
			if e.Line < 2 || e.Message == "" {
				t.Fatalf("row error %+v", e)
			}
		}
	})
}
