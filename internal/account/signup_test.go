package account

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestSignUpValidation(t *testing.T) {
	ok := SignUp{Username: "mei", Email: "mei@example.com", Password: goodPassword}
	with := func(f func(*SignUp)) SignUp { in := ok; f(&in); return in }
	cases := []struct {
		name   string
		in     SignUp
		fields []string // the invalid fields, sorted; nil: accepted
	}{
		{"AcceptsAValidSignUp", ok, nil},
		{"AcceptsDotsDashesUnderscores", with(func(in *SignUp) { in.Username = "mei.li_2-x" }), nil},
		{"AcceptsUpperCaseAsLowerCase", with(func(in *SignUp) { in.Username = "  MeiLi " }), nil},
		{"RejectsEmptyUsername", with(func(in *SignUp) { in.Username = "" }), []string{"username"}},
		{"RejectsShortUsername", with(func(in *SignUp) { in.Username = "mi" }), []string{"username"}},
		{"RejectsLongUsername", with(func(in *SignUp) { in.Username = strings.Repeat("m", 33) }), []string{"username"}},
		{"RejectsSpaceInUsername", with(func(in *SignUp) { in.Username = "mei li" }), []string{"username"}},
		{"RejectsNonASCIIUsername", with(func(in *SignUp) { in.Username = "美美美" }), []string{"username"}},
		{"RejectsUsernameStartingWithPunctuation", with(func(in *SignUp) { in.Username = ".mei" }), []string{"username"}},
		{"RejectsReservedAdmin", with(func(in *SignUp) { in.Username = "Admin" }), []string{"username"}},
		{"RejectsReservedAPI", with(func(in *SignUp) { in.Username = "api" }), []string{"username"}},
		{"RejectsEmptyEmail", with(func(in *SignUp) { in.Email = "" }), []string{"email"}},
		{"RejectsEmailWithoutDomain", with(func(in *SignUp) { in.Email = "mei@" }), []string{"email"}},
		{"RejectsEmailWithName", with(func(in *SignUp) { in.Email = "Mei <mei@example.com>" }), []string{"email"}},
		{"RejectsDotlessDomain", with(func(in *SignUp) { in.Email = "mei@localhost" }), []string{"email"}},
		{"RejectsShortPassword", with(func(in *SignUp) { in.Password = "short pw" }), []string{"password"}},
		{"CountsPasswordInCharacters", with(func(in *SignUp) { in.Password = "挂件挂件钥匙扣包挂" }), []string{"password"}},
		{"RejectsPasswordEqualToUsername", with(func(in *SignUp) { in.Username = "meili.charms"; in.Password = "MeiLi.Charms" }), []string{"password"}},
		{"RejectsPasswordEqualToEmail", with(func(in *SignUp) { in.Password = "MEI@example.com" }), []string{"password"}},
		{"RejectsCommonPassword", with(func(in *SignUp) { in.Password = "Password123" }), []string{"password"}},
		{"RejectsCommonPasswordQwerty", with(func(in *SignUp) { in.Password = "qwertyuiop" }), []string{"password"}},
		{"RejectsRepetitivePassword", with(func(in *SignUp) { in.Password = "abababababab" }), []string{"password"}},
		{"RejectsHugePassword", with(func(in *SignUp) { in.Password = strings.Repeat("charm-", 50) }), []string{"password"}},
		{"AcceptsDisplayNameOf64", with(func(in *SignUp) { in.DisplayName = strings.Repeat("梅", 64) }), nil},
		{"RejectsDisplayNameOf65", with(func(in *SignUp) { in.DisplayName = strings.Repeat("梅", 65) }), []string{"display_name"}},
		{"RejectsControlCharInDisplayName", with(func(in *SignUp) { in.DisplayName = "Mei\x00Li" }), []string{"display_name"}},
		{"ReportsEveryBadField", SignUp{Username: "x", Email: "nope", Password: "123"}, []string{"email", "password", "username"}},
	}
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		s, _ := newTestService(t, d)
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				u, err := s.SignUp(context.Background(), c.in)
				if c.fields == nil {
					if err != nil {
						t.Fatalf("rejected: %v %v", err, errs.FieldsOf(err))
					}
					// Free the name and email for the next accepted case.
					if _, err := d.W.Exec(`DELETE FROM users WHERE id = $1`, u.ID); err != nil {
						t.Fatal(err)
					}
					return
				}
				wantKind(t, err, errs.Invalid)
				if got := fieldNames(err); !slices.Equal(got, c.fields) {
					t.Fatalf("fields %v, want %v (%v)", got, c.fields, errs.FieldsOf(err))
				}
			})
		}
	})
}

func TestSignUp(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, clock := newTestService(t, d)
		u, err := s.SignUp(ctx, SignUp{Username: "  Mei.Li ", Email: " Mei@Example.COM", Password: goodPassword})
		if err != nil {
			t.Fatal(err)
		}
		t.Run("StoresLowerCaseWithDefaults", func(t *testing.T) {
			want := User{ID: u.ID, Username: "mei.li", Email: "mei@example.com", DisplayName: "mei.li", Role: RoleCollector, Currency: "CNY", CreatedAt: clock.Now()}
			got, err := s.UserByUsername(ctx, "MEI.LI")
			if err != nil {
				t.Fatal(err)
			}
			if *got != want || *u != want {
				t.Fatalf("stored %+v, returned %+v, want %+v", *got, *u, want)
			}
		})
		t.Run("DuplicateUsernameIsConflictOnUsername", func(t *testing.T) {
			_, err := s.SignUp(ctx, SignUp{Username: "MEI.LI", Email: "other@example.com", Password: goodPassword})
			wantKind(t, err, errs.Conflict)
			if got := fieldNames(err); !slices.Equal(got, []string{"username"}) {
				t.Fatalf("fields %v, want [username]", got)
			}
		})
		t.Run("DuplicateEmailIsConflictOnEmail", func(t *testing.T) {
			_, err := s.SignUp(ctx, SignUp{Username: "other", Email: "MEI@example.com", Password: goodPassword})
			wantKind(t, err, errs.Conflict)
			if got := fieldNames(err); !slices.Equal(got, []string{"email"}) {
				t.Fatalf("fields %v, want [email]", got)
			}
		})
		t.Run("BothTakenNamesBoth", func(t *testing.T) {
			_, err := s.SignUp(ctx, SignUp{Username: "mei.li", Email: "mei@example.com", Password: goodPassword})
			if got := fieldNames(err); !slices.Equal(got, []string{"email", "username"}) {
				t.Fatalf("fields %v, want [email username]", got)
			}
		})
	})
}

func TestCreateUser(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		t.Run("GivesTheRoleAndMayUseReservedNames", func(t *testing.T) {
			u, err := s.CreateUser(ctx, SignUp{Username: "admin", Email: "ops@example.com", Password: goodPassword, DisplayName: "Operators"}, "Admin")
			if err != nil {
				t.Fatal(err)
			}
			if u.Role != RoleAdmin || !u.CanModerate() || u.DisplayName != "Operators" {
				t.Fatalf("got %+v", u)
			}
		})
		t.Run("RejectsUnknownRole", func(t *testing.T) {
			_, err := s.CreateUser(ctx, SignUp{Username: "mei", Email: "mei@example.com", Password: goodPassword}, "superuser")
			wantKind(t, err, errs.Invalid)
			if got := fieldNames(err); !slices.Equal(got, []string{"role"}) {
				t.Fatalf("fields %v, want [role]", got)
			}
		})
		t.Run("ValidatesLikeSignUp", func(t *testing.T) {
			_, err := s.CreateUser(ctx, SignUp{Username: "mei", Email: "mei@example.com", Password: "qwertyuiop"}, RoleCreator)
			wantKind(t, err, errs.Invalid)
		})
	})
}

func TestConcurrentSignUpsOfOneUsername(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		s, _ := newTestService(t, d)
		const n = 10
		errc := make(chan error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				_, err := s.SignUp(context.Background(), SignUp{Username: "labubu", Email: fmt.Sprintf("fan%d@example.com", i), Password: goodPassword})
				errc <- err
			})
		}
		wg.Wait()
		close(errc)
		succeeded := 0
		for err := range errc {
			if err == nil {
				succeeded++
				continue
			}
			wantKind(t, err, errs.Conflict)
			if got := fieldNames(err); !slices.Equal(got, []string{"username"}) {
				t.Errorf("conflict fields %v, want [username]", got)
			}
		}
		if succeeded != 1 {
			t.Fatalf("%d sign-ups succeeded, want exactly 1", succeeded)
		}
		if n := countRows(t, d, `SELECT COUNT(*) FROM users WHERE username = $1`, "labubu"); n != 1 {
			t.Fatalf("%d rows for the username, want 1", n)
		}
	})
}

// The race between two sign-ups on PostgreSQL ends in a unique violation;
// the field of the resulting Conflict comes from the driver's error.
func TestUniqueViolationNamesTheColumn(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		mustSignUp(t, s, "mei")
		insert := func(username, email string) error {
			return d.Tx(ctx, func(tx *sql.Tx) error {
				_, err := tx.ExecContext(ctx, `INSERT INTO users (username, email, password_hash, created_at) VALUES ($1, $2, $3, $4)`,
					username, email, "x", time.Now().UTC())
				return err
			})
		}
		for _, c := range []struct{ username, email, field string }{
			{"mei", "other@example.com", "username"},
			{"other", "mei@example.com", "email"},
		} {
			err := insert(c.username, c.email)
			if err == nil || !db.IsUniqueViolation(err) {
				t.Fatalf("insert %s/%s: %v, want unique violation", c.username, c.email, err)
			}
			if got := uniqueField(err); got != c.field {
				t.Errorf("uniqueField(%v) = %q, want %q", err, got, c.field)
			}
		}
	})
}
