package account

import (
	"context"
	"fmt"
	"testing"

	"github.com/charmory/charmory/internal/db"
	"github.com/charmory/charmory/internal/dbtest"
	"github.com/charmory/charmory/internal/errs"
)

func TestUsers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		var ids []int64
		for i := range 5 {
			ids = append(ids, mustSignUp(t, s, fmt.Sprintf("fan%d", i)).ID)
		}
		t.Run("PagesByID", func(t *testing.T) {
			var got []int64
			cursor, pages := "", 0
			for {
				page, next, err := s.Users(ctx, cursor, 2)
				if err != nil {
					t.Fatal(err)
				}
				pages++
				for _, u := range page {
					got = append(got, u.ID)
				}
				if next == "" {
					break
				}
				cursor = next
			}
			if fmt.Sprint(got) != fmt.Sprint(ids) || pages != 3 {
				t.Fatalf("ids %v in %d pages, want %v in 3", got, pages, ids)
			}
		})
		t.Run("RejectsBadCursor", func(t *testing.T) {
			_, _, err := s.Users(ctx, "zzz", 2)
			wantKind(t, err, errs.Invalid)
		})
		t.Run("UserByIDAndName", func(t *testing.T) {
			if u, err := s.User(ctx, ids[2]); err != nil || u.Username != "fan2" {
				t.Fatalf("User = %+v, %v", u, err)
			}
			_, err := s.User(ctx, ids[4]+1)
			wantKind(t, err, errs.NotFound)
			_, err = s.UserByUsername(ctx, "nobody")
			wantKind(t, err, errs.NotFound)
		})
	})
}

func TestSetRole(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		mustSignUp(t, s, "mei")
		if err := s.SetRole(ctx, "Mei", "Moderator"); err != nil {
			t.Fatal(err)
		}
		if u, _ := s.UserByUsername(ctx, "mei"); u.Role != RoleModerator {
			t.Fatalf("role %q, want moderator", u.Role)
		}
		wantKind(t, s.SetRole(ctx, "mei", "owner"), errs.Invalid)
		wantKind(t, s.SetRole(ctx, "nobody", RoleAdmin), errs.NotFound)
	})
}

func TestSetPassword(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		s, _ := newTestService(t, d)
		mei := mustSignUp(t, s, "mei")
		session, err := s.CreateSession(ctx, mei.ID, "")
		if err != nil {
			t.Fatal(err)
		}
		t.Run("RejectsWeakPassword", func(t *testing.T) {
			wantKind(t, s.SetPassword(ctx, "mei", "mei@example.com"), errs.Invalid)
			wantKind(t, s.SetPassword(ctx, "mei", "1234567890"), errs.Invalid)
		})
		t.Run("UnknownUserIsNotFound", func(t *testing.T) {
			wantKind(t, s.SetPassword(ctx, "nobody", "sakura keychain 7"), errs.NotFound)
		})
		t.Run("ReplacesPasswordAndEndsSessions", func(t *testing.T) {
			if err := s.SetPassword(ctx, "mei", "sakura keychain 7"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Login(ctx, "mei", "sakura keychain 7", ""); err != nil {
				t.Fatalf("new password: %v", err)
			}
			_, err := s.Login(ctx, "mei", goodPassword, "")
			wantKind(t, err, errs.Unauthorized)
			_, err = s.SessionUser(ctx, session)
			wantKind(t, err, errs.Unauthorized)
		})
	})
}
