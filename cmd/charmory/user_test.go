package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/charmory/charmory/internal/account"
	"github.com/charmory/charmory/internal/app"
)

// runUserCLI runs the charmory command with args against the data directory
// dir, feeding stdin, and returns what it printed.
func runUserCLI(t *testing.T, dir, stdin string, args ...string) (string, error) {
	t.Helper()
	root := newRoot()
	var out bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetIn(strings.NewReader(stdin))
	root.SetArgs(append([]string{"--data", dir}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func TestUserCommand(t *testing.T) {
	t.Setenv("CHARMORY_DATABASE_URL", "")
	dir := t.TempDir()
	const password = "plum blossom charm 42\n"
	mustRun := func(t *testing.T, stdin string, args ...string) string {
		t.Helper()
		out, err := runUserCLI(t, dir, stdin, args...)
		if err != nil {
			t.Fatalf("charmory %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	t.Run("CreatesAccounts", func(t *testing.T) {
		out := mustRun(t, password, "user", "create", "Mei", "--email", "Mei@Example.com", "--password-stdin")
		if !strings.Contains(out, "created collector mei <mei@example.com>") {
			t.Fatalf("output %q", out)
		}
		out = mustRun(t, "sakura keychain 7", "user", "create", "admin", "--email", "ops@example.com", "--admin", "--password-stdin")
		if !strings.Contains(out, "created admin admin") {
			t.Fatalf("output %q", out)
		}
	})
	t.Run("NamesTheBadFields", func(t *testing.T) {
		_, err := runUserCLI(t, dir, "short\n", "user", "create", "x", "--email", "nope", "--password-stdin")
		if err == nil {
			t.Fatal("bad input accepted")
		}
		for _, want := range []string{"USERNAME:", "--email:", "password:"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not name %s", err, want)
			}
		}
	})
	t.Run("RejectsTakenUsername", func(t *testing.T) {
		_, err := runUserCLI(t, dir, password, "user", "create", "mei", "--email", "other@example.com", "--password-stdin")
		if err == nil || !strings.Contains(err.Error(), "USERNAME: this username is already taken") {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("RefusesToReadPasswordFromANonTerminal", func(t *testing.T) {
		_, err := runUserCLI(t, dir, password, "user", "create", "lin", "--email", "lin@example.com")
		if err == nil || !strings.Contains(err.Error(), "--password-stdin") {
			t.Fatalf("error %v", err)
		}
	})
	t.Run("ListsAccounts", func(t *testing.T) {
		out := mustRun(t, "", "user", "list")
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 3 || !strings.HasPrefix(lines[0], "ID") {
			t.Fatalf("list:\n%s", out)
		}
		for i, want := range [][]string{{"1", "mei", "mei@example.com", "collector"}, {"2", "admin", "ops@example.com", "admin"}} {
			if got := strings.Fields(lines[i+1]); len(got) < 4 || strings.Join(got[:4], " ") != strings.Join(want, " ") {
				t.Errorf("row %d = %q, want %v", i+1, lines[i+1], want)
			}
		}
	})
	t.Run("SetsRoleAndPassword", func(t *testing.T) {
		mustRun(t, "", "user", "set-role", "mei", "moderator")
		mustRun(t, "new charm password 9\n", "user", "passwd", "mei", "--password-stdin")
		if _, err := runUserCLI(t, dir, "", "user", "set-role", "mei", "owner"); err == nil || !strings.Contains(err.Error(), "role:") {
			t.Fatalf("unknown role: %v", err)
		}
		if _, err := runUserCLI(t, dir, "", "user", "set-role", "nobody", "admin"); err == nil || !strings.Contains(err.Error(), `no user named "nobody"`) {
			t.Fatalf("unknown user: %v", err)
		}
		cfg := app.DefaultConfig()
		cfg.DataDir = dir
		d, err := app.Open(context.Background(), cfg)
		if err != nil {
			t.Fatal(err)
		}
		defer d.Close()
		u, err := account.NewService(d, nil).Login(context.Background(), "mei", "new charm password 9", "")
		if err != nil || u.Role != account.RoleModerator {
			t.Fatalf("login with the new password: %+v, %v", u, err)
		}
	})
}
