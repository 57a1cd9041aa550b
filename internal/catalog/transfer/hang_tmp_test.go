package transfer

import (
	"bytes"
	"testing"
	"time"
)

func FuzzHangJSON(f *testing.F) {
	var buf bytes.Buffer
	WriteJSON(&buf, sampleRows())
	f.Add(buf.String())
	f.Add("[1,[2,{}],{\"width_mm\":\"x\",\"nfc\":null,\"materials\":[1]},{\"story\":\"\\u0000\"}]")
	f.Fuzz(func(t *testing.T, src string) {
		done := make(chan bool)
		go func() {
			p, err := ReadJSON(bytes.NewReader([]byte(src)))
			checkParsed(t, p, err, WriteJSON, ReadJSON)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			panic("hang on " + string(src))
		}
	})
}
