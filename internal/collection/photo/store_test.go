package photo

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/errs"
)

func shaHex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func readAll(t *testing.T, open func(string) (io.ReadSeekCloser, error), sha string) string {
	t.Helper()
	f, err := open(sha)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestStore(t *testing.T) {
	dir := t.TempDir()
	s := NewStore(filepath.Join(dir, "photos"))
	data := []byte("pretend this is a photo")
	sha := shaHex(data)

	t.Run("PutThenOpen", func(t *testing.T) {
		if s.Has(sha) {
			t.Fatal("Has before Put")
		}
		if err := s.Put(sha, data); err != nil {
			t.Fatal(err)
		}
		if got := readAll(t, s.Open, sha); got != string(data) {
			t.Errorf("read %q", got)
		}
		if _, err := os.Stat(filepath.Join(dir, "photos", sha[:2], sha)); err != nil {
			t.Errorf("file not at <dir>/<sha[:2]>/<sha>: %v", err)
		}
		if !s.Has(sha) {
			t.Error("Has after Put is false")
		}
	})
	t.Run("PutAgainKeepsTheFile", func(t *testing.T) {
		name := filepath.Join(dir, "photos", sha[:2], sha)
		before, _ := os.Stat(name)
		if err := s.Put(sha, data); err != nil {
			t.Fatal(err)
		}
		after, _ := os.Stat(name)
		if !os.SameFile(before, after) {
			t.Error("the file was rewritten")
		}
	})
	t.Run("LeavesNoTemporaryFiles", func(t *testing.T) {
		entries, _ := os.ReadDir(filepath.Join(dir, "photos", sha[:2]))
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("left %s behind", e.Name())
			}
		}
	})
	t.Run("PutRefusesAFileThatIsNotItsName", func(t *testing.T) {
		if err := s.Put(shaHex([]byte("other")), data); !errs.Is(err, errs.Invalid) {
			t.Fatalf("err = %v, want Invalid", err)
		}
	})
	t.Run("ThumbReplacedAndOpened", func(t *testing.T) {
		if _, err := s.OpenThumb(sha); !errs.Is(err, errs.NotFound) {
			t.Fatalf("thumb before PutThumb: %v", err)
		}
		for _, th := range []string{"thumb 1", "thumb 2"} {
			if err := s.PutThumb(sha, []byte(th)); err != nil {
				t.Fatal(err)
			}
			if got := readAll(t, s.OpenThumb, sha); got != th {
				t.Errorf("thumb = %q, want %q", got, th)
			}
		}
	})
	t.Run("DeleteRemovesFileAndThumb", func(t *testing.T) {
		if err := s.Delete(sha); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Open(sha); !errs.Is(err, errs.NotFound) {
			t.Errorf("open after delete: %v", err)
		}
		if _, err := s.OpenThumb(sha); !errs.Is(err, errs.NotFound) {
			t.Errorf("open thumb after delete: %v", err)
		}
		if err := s.Delete(sha); err != nil {
			t.Errorf("deleting a missing file: %v", err)
		}
	})
}

func TestStoreRefusesMalformedNames(t *testing.T) {
	s := NewStore(t.TempDir())
	good := shaHex([]byte("x"))
	for name, sha := range map[string]string{
		"Empty":     "",
		"Short":     good[:63],
		"Long":      good + "0",
		"Uppercase": strings.ToUpper(good),
		"Traversal": "../../../../etc/passwd" + good[22:],
		"Slash":     good[:10] + "/" + good[11:],
		"NotHex":    "g" + good[1:],
	} {
		t.Run(name, func(t *testing.T) {
			for op, err := range map[string]error{
				"Put":      s.Put(sha, []byte("x")),
				"PutThumb": s.PutThumb(sha, []byte("x")),
				"Delete":   s.Delete(sha),
			} {
				if !errs.Is(err, errs.Invalid) {
					t.Errorf("%s: err = %v, want Invalid", op, err)
				}
			}
			if _, err := s.Open(sha); !errs.Is(err, errs.Invalid) {
				t.Errorf("Open: err = %v, want Invalid", err)
			}
			if _, err := s.OpenThumb(sha); !errs.Is(err, errs.Invalid) {
				t.Errorf("OpenThumb: err = %v, want Invalid", err)
			}
			if s.Has(sha) {
				t.Error("Has is true")
			}
		})
	}
}
